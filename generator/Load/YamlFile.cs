using DirectoryPortal.Model;
using YamlDotNet.Core;

namespace DirectoryPortal.Load;

/// Reads one YAML document with positions, refusing what editors should not use (anchors, huge files).
public static partial class YamlFile
{
    public const long MaxBytes = 1024 * 1024;

    /// Parses text already read from <paramref name="file"/>; returns null and reports when it cannot.
    /// <paramref name="firstLine"/> shifts reported lines, for YAML that starts part-way into a file.
    public static YamlValue? Parse(string text, string file, ProblemList problems, int firstLine = 1) =>
        FastReader.TryRead(text) ?? ParseFully(text, file, problems, firstLine);

    /// The subset of YAML our records use, read without YamlDotNet; null when the text is anything else.
    internal static YamlValue? TryReadSimple(string text) => FastReader.TryRead(text);

    /// Parse by YamlDotNet alone: the reference the fast reader is tested against, and every error's source.
    internal static YamlValue? ParseFully(string text, string file, ProblemList problems, int firstLine = 1)
    {
        var offset = firstLine - 1;
        var reader = new TreeReader(new Parser(new StringReader(text)));
        try
        {
            var documents = reader.ReadDocuments();
            if (documents.Count == 0) return null;
            if (documents.Count > 1)
            {
                problems.Error(file, 1 + offset, 1, "", "The file holds more than one YAML document ('---').",
                    "Keep one record per file and remove the extra '---' line.");
                return null;
            }
            var refused = false;
            foreach (var node in reader.Anchored)
            {
                problems.Error(file, node.Line + offset, node.Column, "",
                    $"YAML anchor '&{node.Anchor}' is not allowed, nor are aliases ('*{node.Anchor}') that repeat it.",
                    "Remove the '&' anchor and any '*' alias, and write values out in full where they are needed.");
                refused = true;
            }
            foreach (var alias in reader.Aliases.Where(a => !reader.Anchored.Any(n => n.Anchor == a.Name)))
            {
                problems.Error(file, alias.Line + offset, alias.Column, "",
                    $"YAML alias '*{alias.Name}' is not allowed.",
                    "Remove the '*' alias and write the value out in full.");
                refused = true;
            }
            return refused ? null : documents[0];
        }
        catch (TooDeepException)
        {
            problems.Error(file, (int)reader.LastGood.Line + offset, (int)reader.LastGood.Column, "",
                $"The YAML is nested more than {TreeReader.MaxDepth} levels deep.",
                "A record needs only a few levels of indentation; check the indentation and brackets near here.");
            return null;
        }
        catch (InvalidOperationException)
        {
            problems.Error(file, (int)reader.LastGood.Line + offset, (int)reader.LastGood.Column, "",
                "This is not valid YAML near here: a list or quoted text may be missing its closing bracket or quote.",
                "Check that every '[' has a ']' and every quote has a closing quote, and that indentation uses spaces.");
            return null;
        }
        catch (YamlException) when (TabIndented(text) is { } tab)
        {
            // YamlDotNet reports a tab at the start of the mapping it breaks (often 1:1), not where it is.
            problems.Error(file, tab + offset, 1, "", $"Line {tab + offset} is indented with a tab; YAML indentation must be spaces.",
                "Replace the tab at the start of the line with spaces (two per level). Most editors can show tabs and convert them.");
            return null;
        }
        catch (YamlException ex)
        {
            var message = ex.InnerException?.Message ?? ex.Message;
            problems.Error(file, (int)ex.Start.Line + offset, (int)ex.Start.Column, "",
                $"This is not valid YAML: {Clean(message)}",
                "Check indentation (spaces, not tabs), that every 'key: value' has a space after the colon, and quote text containing ': ' or starting with a special character.");
            return null;
        }
    }

    /// Reads a content file as text (see ContentFile and TextDecoder), refusing files over 1 MB unread.
    public static string? ReadText(string path, string displayName, ProblemList problems)
    {
        var bytes = ContentFile.ReadBytes(path, displayName, problems, MaxBytes);
        return bytes is null ? null : TextDecoder.Decode(bytes, displayName, problems);
    }

    // The first line (1-based) with a tab in the indentation before its content, or null.
    private static int? TabIndented(string text)
    {
        var lines = text.Split('\n');
        for (var i = 0; i < lines.Length; i++)
        {
            var indent = lines[i].Length - lines[i].TrimStart(' ', '\t').Length;
            if (indent < lines[i].Length && lines[i].AsSpan(0, indent).Contains('\t')) return i + 1;
        }
        return null;
    }

    // YamlDotNet messages repeat the position in brackets; ours already says where.
    private static string Clean(string message)
    {
        var i = message.IndexOf("(Line:", StringComparison.Ordinal);
        return (i > 0 ? message[..i] : message).Trim();
    }
}
