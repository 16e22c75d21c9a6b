using System.Collections;
using System.Globalization;
using System.Reflection;
using System.Text;
using System.Text.RegularExpressions;
using DirectoryPortal.Load;
using DirectoryPortal.Model;

namespace DirectoryPortal.Import;

/// Writes a service model as a record file in the plain form the editors' guide shows: fields in the
/// model's order, text quoted only when YAML needs it, Markdown in a '|' block. Empty fields are left out.
public static partial class RecordYaml
{
    [GeneratedRegex(@"^[A-Za-z0-9(][^\r\n\t""\\#:`]*$")]
    private static partial Regex Plain();

    [GeneratedRegex(@"^(?:true|false|yes|no|on|off|null|y|n|~|[-+]?[0-9][0-9_.,:eE+-]*)$", RegexOptions.IgnoreCase)]
    private static partial Regex LooksTyped();

    public static string Write(Service service, string? comment = null)
    {
        var sb = new StringBuilder("# yaml-language-server: $schema=../schema/service.schema.json\n");
        if (comment is not null)
            foreach (var line in comment.Split('\n')) sb.Append("# ").Append(line).Append('\n');
        WriteObject(sb, service, 0);
        return sb.ToString();
    }

    private static void WriteObject(StringBuilder sb, object obj, int indent, bool firstInListItem = false)
    {
        var first = true;
        foreach (var (name, property) in RecordBinder.FieldsOf(obj.GetType()).OrderBy(kv => kv.Value.MetadataToken))
        {
            var value = property.GetValue(obj);
            if (IsEmpty(value)) continue;
            // The first field of a list item shares the line with its "- ".
            if (!(firstInListItem && first)) sb.Append(' ', indent);
            first = false;
            sb.Append(name).Append(':');
            WriteValue(sb, value!, indent);
        }
    }

    private static void WriteValue(StringBuilder sb, object value, int indent)
    {
        switch (value)
        {
            case string s:
                if (s.Contains('\n') && BlockSafe(s))
                {
                    sb.Append(" |-\n");
                    foreach (var line in s.Split('\n'))
                        (line.Length == 0 ? sb : sb.Append(' ', indent + 2).Append(line)).Append('\n');
                }
                else sb.Append(' ').Append(Scalar(s)).Append('\n');
                return;
            case bool b:
                sb.Append(b ? " true\n" : " false\n");
                return;
            case int i:
                sb.Append(' ').Append(i.ToString(CultureInfo.InvariantCulture)).Append('\n');
                return;
            case DateOnly d:
                sb.Append(' ').Append(d.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture)).Append('\n');
                return;
            case IList list when list.Cast<object>().All(x => x is string):
                sb.Append(" [").AppendJoin(", ", list.Cast<string>().Select(Scalar)).Append("]\n");
                return;
            case IList list:
                sb.Append('\n');
                foreach (var item in list)
                {
                    sb.Append(' ', indent + 2).Append("- ");
                    WriteObject(sb, item!, indent + 4, firstInListItem: true);
                }
                return;
            default:
                sb.Append('\n');
                WriteObject(sb, value, indent + 2);
                return;
        }
    }

    /// A text as a YAML scalar: plain when that reads back as the same text, else double-quoted.
    public static string Scalar(string s)
    {
        if (Plain().IsMatch(s) && !s.EndsWith(' ') && !LooksTyped().IsMatch(s) && !s.Contains(" #") && !s.Contains(", ") && !s.Contains(']'))
            return s;
        var sb = new StringBuilder("\"");
        foreach (var c in s)
        {
            switch (c)
            {
                case '"': sb.Append("\\\""); break;
                case '\\': sb.Append("\\\\"); break;
                case '\n': sb.Append("\\n"); break;
                case '\t': sb.Append("\\t"); break;
                case '\r': sb.Append("\\r"); break;
                default:
                    if (c < ' ' || c is '\u2028' or '\u2029' or '\u0085' or '\ufeff') sb.Append("\\u").Append(((int)c).ToString("x4", CultureInfo.InvariantCulture));
                    else sb.Append(c);
                    break;
            }
        }
        return sb.Append('"').ToString();
    }

    // A '|' block keeps text exactly when no line has surrounding spaces or odd characters.
    private static bool BlockSafe(string s) =>
        !s.StartsWith(' ') && !s.StartsWith('\n') && !s.EndsWith('\n') &&
        s.Split('\n').All(line => line.Length == 0 || (!char.IsWhiteSpace(line[^1]) && line.All(c => c >= ' ' && c is not ('\u2028' or '\u2029' or '\u0085' or '\ufeff'))));

    private static bool IsEmpty(object? value) => value switch
    {
        null => true,
        string s => s.Length == 0,
        IList list => list.Count == 0,
        _ => false,
    };
}
