using System.Text;
using System.Text.Encodings.Web;
using Microsoft.AspNetCore.Html;

namespace DirectoryPortal.Render;

/// A theme string in a page's language, ready to write into a page as Razor would have written the same
/// words typed into the template: the string's own words as they are (only &amp;, &lt;, &gt; and " escaped, so a
/// site's override cannot add markup), each "{name}" value encoded like any other expression, or, for
/// markup the template built itself, written as it is. ToString() gives the plain words, for code.
public sealed class LocalText : IHtmlContent
{
    private readonly string _template;
    private readonly (string Name, string Value, bool IsHtml)[] _values;

    public LocalText(string template, params (string Name, string Value, bool IsHtml)[] values)
    {
        _template = template;
        _values = values;
    }

    public void WriteTo(TextWriter writer, HtmlEncoder encoder)
    {
        foreach (var (text, value) in Parts())
        {
            if (value is null) WriteWords(writer, text);
            else if (value.Value.IsHtml) writer.Write(value.Value.Value);
            else encoder.Encode(writer, value.Value.Value);
        }
    }

    /// The plain words with every value filled in, for use in code (joins, link addresses, tests).
    public override string ToString()
    {
        var sb = new StringBuilder(_template.Length + 32);
        foreach (var (text, value) in Parts()) sb.Append(value is null ? text : value.Value.Value);
        return sb.ToString();
    }

    // The template split into literal words and placeholders; an unknown "{name}" stays as words.
    private IEnumerable<(string Text, (string Name, string Value, bool IsHtml)? Value)> Parts()
    {
        var start = 0;
        for (var i = 0; i < _template.Length; i++)
        {
            if (_template[i] != '{') continue;
            var close = _template.IndexOf('}', i + 1);
            if (close < 0) break;
            var name = _template.AsSpan(i + 1, close - i - 1);
            foreach (var v in _values)
            {
                if (!name.SequenceEqual(v.Name)) continue;
                if (i > start) yield return (_template[start..i], null);
                yield return ("", v);
                start = close + 1;
                i = close;
                break;
            }
        }
        if (start < _template.Length) yield return (_template[start..], null);
    }

    private static void WriteWords(TextWriter writer, string words)
    {
        foreach (var c in words)
        {
            switch (c)
            {
                case '&': writer.Write("&amp;"); break;
                case '<': writer.Write("&lt;"); break;
                case '>': writer.Write("&gt;"); break;
                case '"': writer.Write("&quot;"); break;
                default: writer.Write(c); break;
            }
        }
    }
}
