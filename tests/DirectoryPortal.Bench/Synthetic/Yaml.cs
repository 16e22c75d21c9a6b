using System.Text;

namespace DirectoryPortal.Bench.Synthetic;

/// Small helpers for writing YAML by hand: always-quoted scalars and flow lists.
public static class Yaml
{
    public static string Q(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    public static string List(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Q)) + "]";

    public static string Bool(bool value) => value ? "true" : "false";

    /// Rewrites the one-line top-level <paramref name="field"/> of a record file, as an editor's save would.
    public static void SetField(string path, string field, string text)
    {
        var lines = File.ReadAllLines(path);
        var i = Array.FindIndex(lines, l => l.StartsWith(field + ": ", StringComparison.Ordinal));
        if (i < 0) throw new InvalidOperationException($"{path} has no one-line {field} to edit.");
        lines[i] = field + ": " + Q(text);
        File.WriteAllLines(path, lines);
    }

    /// A literal block (`|`) indented under its key, keeping Markdown line breaks.
    public static void Block(StringBuilder sb, string key, string text, string indent = "")
    {
        sb.Append(indent).Append(key).Append(": |\n");
        foreach (var line in text.TrimEnd('\n').Split('\n'))
        {
            if (line.Length > 0) sb.Append(indent).Append("  ").Append(line);
            sb.Append('\n');
        }
    }
}
