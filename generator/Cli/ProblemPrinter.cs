using System.Text.Json;
using DirectoryPortal.Model;

namespace DirectoryPortal.Cli;

/// Prints problems for people (text, coloured on a terminal) or tools (JSON).
public static class ProblemPrinter
{
    public static void PrintText(TextWriter writer, IReadOnlyList<Problem> problems, bool colour)
    {
        foreach (var p in problems)
        {
            var line = p.ToString();
            if (colour)
            {
                var code = p.Severity == Severity.Error ? "\u001b[31m" : "\u001b[33m";
                var word = p.Severity == Severity.Error ? ": error:" : ": warning:";
                line = line.Replace(word, $":{code}{word[1..]}\u001b[0m");
            }
            writer.WriteLine(line);
        }
    }

    public static void PrintJson(TextWriter writer, IReadOnlyList<Problem> problems)
    {
        var payload = new
        {
            errors = problems.Count(p => p.Severity == Severity.Error),
            warnings = problems.Count(p => p.Severity == Severity.Warning),
            problems = problems.Select(p => new
            {
                severity = p.Severity == Severity.Error ? "error" : "warning",
                file = p.File,
                line = p.Line,
                column = p.Column,
                field = p.Field,
                message = p.Message,
                fix = p.Fix,
            }),
        };
        writer.WriteLine(JsonSerializer.Serialize(payload, new JsonSerializerOptions { WriteIndented = true }));
    }

    /// Colour only for a person at a terminal, and never when NO_COLOR is set.
    public static bool UseColour(bool redirected) =>
        !redirected && Environment.GetEnvironmentVariable("NO_COLOR") is null && Environment.GetEnvironmentVariable("CI") is null;
}
