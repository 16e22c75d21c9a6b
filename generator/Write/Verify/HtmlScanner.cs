using System.Buffers;
using System.Text;
using System.Runtime.CompilerServices;

namespace DirectoryPortal.Write.Verify;

/// Finds the tags in a page the way a browser's tokenizer does (HTML Living Standard, section 13.2.5):
/// comments, bogus comments, quoted and unquoted attribute values, and raw-text elements (script, style,
/// title...) whose content is not markup. It builds no tree: the safety rules need only the tags in order.
/// Works on the page's UTF-8 bytes; every character that matters to the syntax is ASCII.
public ref struct HtmlScanner
{
    private readonly ReadOnlySpan<byte> _page;
    private int _at;
    private readonly HtmlTag _tag = new();

    public HtmlScanner(ReadOnlySpan<byte> page) => _page = page;

    /// Byte ranges of comments seen so far, so that text found inside one can be told apart.
    public List<(int Start, int End)> Comments { get; } = [];

    /// Moves to the next tag; false at the end of the page. The same HtmlTag object is refilled each time.
    // The methods run for every tag of every page are compiled optimised at once: a build runs the check
    // once, over in a few hundred milliseconds, before tiered compilation would have promoted them.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public bool Next(out HtmlTag tag)
    {
        tag = _tag;
        while (_at < _page.Length)
        {
            var lt = _page[_at..].IndexOf((byte)'<');
            if (lt < 0) break;
            var start = _at + lt;
            _at = start + 1;
            if (_at >= _page.Length) break;
            var c = _page[_at];
            if (c == '!') { SkipMarkupDeclaration(start); continue; }
            if (c == '?') { SkipBogusComment(start); continue; }
            if (c == '/')
            {
                if (_at + 1 < _page.Length && IsAsciiLetter(_page[_at + 1]))
                {
                    _at++;
                    ReadTag(start, isEnd: true);
                    return true;
                }
                if (_at + 1 < _page.Length && _page[_at + 1] == '>') { _at += 2; continue; }
                SkipBogusComment(start);
                continue;
            }
            if (!IsAsciiLetter(c)) continue;
            ReadTag(start, isEnd: false);
            if (IsRawText(_tag.Name)) SkipRawText();
            return true;
        }
        _at = _page.Length;
        return false;
    }

    /// The value of attribute <paramref name="name"/> (lower case) as written, or null when absent.
    public readonly ReadOnlySpan<byte> RawValue(HtmlAttribute attribute) => _page.Slice(attribute.ValueStart, attribute.ValueLength);

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public readonly bool NameIs(HtmlAttribute attribute, string name)
    {
        if (attribute.NameLength != name.Length) return false;
        var span = _page.Slice(attribute.NameStart, attribute.NameLength);
        for (var i = 0; i < span.Length; i++)
            if (ToLower(span[i]) != name[i]) return false;
        return true;
    }

    public readonly string AttributeName(HtmlAttribute attribute) =>
        Encoding.UTF8.GetString(_page.Slice(attribute.NameStart, attribute.NameLength)).ToLowerInvariant();

    /// The first attribute called <paramref name="name"/>, as a browser keeps only the first of duplicates.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public readonly bool TryGet(HtmlTag tag, string name, out HtmlAttribute attribute)
    {
        foreach (var a in tag.Attributes)
            if (NameIs(a, name)) { attribute = a; return true; }
        attribute = default;
        return false;
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadTag(int start, bool isEnd)
    {
        _tag.Offset = start;
        _tag.IsEnd = isEnd;
        _tag.Attributes.Clear();
        _tag.ContentStart = _tag.ContentLength = 0;
        var nameStart = _at;
        _at = EndOf(nameStart, NameEnds);
        _tag.Name = Lower(_page[nameStart.._at]);
        ReadAttributes();
    }

    // Before-attribute-name, attribute-name, after-attribute-name, before-attribute-value and the three
    // attribute-value states, ending after the tag's '>'.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void ReadAttributes()
    {
        while (_at < _page.Length)
        {
            var c = _page[_at];
            if (IsSpace(c) || c == '/') { _at++; continue; }
            if (c == '>') { _at++; return; }
            var nameStart = _at;
            _at = EndOf(_at + 1, AttributeNameEnds); // a leading '=' belongs to the name
            var nameLength = _at - nameStart;
            while (_at < _page.Length && IsSpace(_page[_at])) _at++;
            if (_at >= _page.Length || _page[_at] != '=')
            {
                _tag.Attributes.Add(new HtmlAttribute(nameStart, nameLength, _at, 0));
                continue;
            }
            _at++;
            while (_at < _page.Length && IsSpace(_page[_at])) _at++;
            if (_at >= _page.Length) break;
            var quote = _page[_at];
            if (quote is (byte)'"' or (byte)'\'')
            {
                var end = _page[(_at + 1)..].IndexOf(quote);
                var valueEnd = end < 0 ? _page.Length : _at + 1 + end;
                _tag.Attributes.Add(new HtmlAttribute(nameStart, nameLength, _at + 1, valueEnd - _at - 1));
                _at = Math.Min(_page.Length, valueEnd + 1);
            }
            else if (quote == '>')
            {
                _tag.Attributes.Add(new HtmlAttribute(nameStart, nameLength, _at, 0));
            }
            else
            {
                var valueStart = _at;
                _at = EndOf(_at, UnquotedValueEnds);
                _tag.Attributes.Add(new HtmlAttribute(nameStart, nameLength, valueStart, _at - valueStart));
            }
        }
        _at = _page.Length;
    }

    // The content of script, style and the other raw-text and RCDATA elements runs to the first end tag
    // of the same name; plaintext runs to the end of the page.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void SkipRawText()
    {
        var contentStart = _at;
        var end = _page.Length;
        if (_tag.Name != "plaintext")
        {
            var search = _at;
            while (search < _page.Length)
            {
                var lt = _page[search..].IndexOf("</"u8);
                if (lt < 0) break;
                var candidate = search + lt;
                var nameEnd = candidate + 2 + _tag.Name.Length;
                if (nameEnd <= _page.Length && Lower(_page[(candidate + 2)..nameEnd]) == _tag.Name
                    && (nameEnd == _page.Length || IsSpace(_page[nameEnd]) || _page[nameEnd] is (byte)'/' or (byte)'>'))
                {
                    end = candidate;
                    break;
                }
                search = candidate + 2;
            }
        }
        _tag.ContentStart = contentStart;
        _tag.ContentLength = end - contentStart;
        _at = end;
    }

    private void SkipMarkupDeclaration(int start)
    {
        if (_page[_at..].StartsWith("!--"u8))
        {
            var body = _at + 3;
            // "<!-->" and "<!--->" are complete (empty) comments.
            if (body < _page.Length && _page[body] == '>') { Comment(start, body + 1); return; }
            if (body + 1 < _page.Length && _page[body] == '-' && _page[body + 1] == '>') { Comment(start, body + 2); return; }
            var close = _page[body..].IndexOf("-->"u8);
            var bang = _page[body..].IndexOf("--!>"u8);
            int end;
            if (close < 0 && bang < 0) end = _page.Length;
            else if (bang >= 0 && (close < 0 || bang < close)) end = body + bang + 4;
            else end = body + close + 3;
            Comment(start, end);
            return;
        }
        SkipBogusComment(start);
    }

    private void SkipBogusComment(int start)
    {
        var gt = _page[_at..].IndexOf((byte)'>');
        Comment(start, gt < 0 ? _page.Length : _at + gt + 1);
    }

    private void Comment(int start, int end)
    {
        Comments.Add((start, end));
        _at = end;
    }

    // The first byte at or after <paramref name="from"/> that is one of <paramref name="ends"/>, or the page's end.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private readonly int EndOf(int from, SearchValues<byte> ends)
    {
        var found = _page[from..].IndexOfAny(ends);
        return found < 0 ? _page.Length : from + found;
    }

    private static readonly SearchValues<byte> NameEnds = SearchValues.Create(" \t\n\f\r/>"u8);
    private static readonly SearchValues<byte> AttributeNameEnds = SearchValues.Create(" \t\n\f\r/>="u8);
    private static readonly SearchValues<byte> UnquotedValueEnds = SearchValues.Create(" \t\n\f\r>"u8);

    private static bool IsRawText(string name) =>
        name is "script" or "style" or "title" or "textarea" or "xmp" or "iframe" or "noembed" or "noframes" or "noscript" or "plaintext";

    private static bool IsSpace(byte c) => c is (byte)' ' or (byte)'\t' or (byte)'\n' or (byte)'\f' or (byte)'\r';
    private static bool IsAsciiLetter(byte c) => (uint)((c | 0x20) - 'a') <= 'z' - 'a';
    private static byte ToLower(byte c) => c is >= (byte)'A' and <= (byte)'Z' ? (byte)(c | 0x20) : c;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string Lower(ReadOnlySpan<byte> name)
    {
        // Tag names of every element the rules look at are short ASCII; share the common ones, found by
        // their first letter (a page has hundreds of tags).
        var first = name.IsEmpty ? 0 : ToLower(name[0]) - 'a';
        if ((uint)first < 26)
            foreach (var known in KnownByLetter[first])
                if (name.Length == known.Length && Equal(name, known)) return known;
        return Encoding.UTF8.GetString(name).ToLowerInvariant();
    }


    private static bool Equal(ReadOnlySpan<byte> name, string lower)
    {
        for (var i = 0; i < name.Length; i++)
            if (ToLower(name[i]) != lower[i]) return false;
        return true;
    }

    private static readonly string[] KnownNames =
    [
        "a", "p", "li", "ul", "ol", "div", "span", "br", "h1", "h2", "h3", "section", "article", "nav", "main", "header", "footer",
        "aside", "time", "strong", "em", "dl", "dt", "dd", "table", "tr", "td", "th", "thead", "tbody", "img", "link", "meta",
        "script", "style", "title", "head", "body", "html", "form", "input", "label", "button", "select", "option", "textarea",
        "details", "summary", "abbr", "small", "code", "pre", "blockquote", "hr",
    ];

    // Declared after KnownNames: static fields are set in the order they are written.
    private static readonly string[][] KnownByLetter =
        [.. Enumerable.Range(0, 26).Select(i => KnownNames.Where(n => n[0] == 'a' + i).ToArray())];
}
