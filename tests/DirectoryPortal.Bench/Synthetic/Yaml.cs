using System.Text;

namespace DirectoryPortal.Bench.Synthetic;

/// Small helpers for writing YAML by hand: always-quoted scalars and flow lists.
public static class Yaml
{
    public static string Q(string value) => "\"" + value.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    public static string List(IEnumerable<string> values) => "[" + string.Join(", ", values.Select(Q)) + "]";

    public static string Bool(bool value) => value ? "true" : "false";

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
