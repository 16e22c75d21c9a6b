namespace DirectoryPortal.Load;

public static partial class YamlFile
{
    /// Reads the plain kind of YAML our records are written in (block mappings and lists, one-line
    /// scalars and flow lists, '|' and '>' blocks) straight into our node tree. YamlDotNet's scanner
    /// allocates about 45 KB per record, which at 10,000 records is most of the load stage. Anything
    /// outside that subset, or anything that looks wrong, makes it give up (null) and YamlDotNet reads
    /// the file instead, so every error message still comes from the full parser. The tests hold what
    /// it returns to YamlDotNet's tree, positions included, on our content and on mutated copies of it.
    private sealed class FastReader
    {
        private readonly string[] _lines;
        private readonly bool _endsWithNewline;
        private int _at;

        private FastReader(string text)
        {
            _lines = text.Split('\n');
            _endsWithNewline = text.EndsWith('\n');
            if (_endsWithNewline) _lines = _lines[..^1];
        }

        private sealed class GiveUp : Exception;

        public static YamlValue? TryRead(string text)
        {
            if (!PlainText(text)) return null;
            var reader = new FastReader(text);
            try
            {
                reader.SkipBlank();
                if (reader._at >= reader._lines.Length || reader.Indent(reader._at) != 0) return null;
                var root = reader.Block(0);
                reader.SkipBlank();
                return reader._at == reader._lines.Length ? root : null;
            }
            catch (GiveUp)
            {
                return null;
            }
        }

        // Tabs, carriage returns, control and unusual line-break characters, byte order marks inside the
        // text and surrogates all have rules of their own in YAML; those files go to YamlDotNet.
        private static bool PlainText(string text)
        {
            foreach (var c in text)
                if ((c < ' ' && c != '\n') || (c >= '\u007f' && c <= '\u009f') || c is '\u2028' or '\u2029' or '\ufeff' or '\ufffe' or '\uffff' || char.IsSurrogate(c))
                    return false;
            return true;
        }

        private int Indent(int line)
        {
            var text = _lines[line];
            var n = 0;
            while (n < text.Length && text[n] == ' ') n++;
            return n;
        }

        private bool Blank(int line)
        {
            var text = _lines[line].AsSpan().TrimStart(' ');
            return text.IsEmpty || text[0] == '#';
        }

        private void SkipBlank()
        {
            while (_at < _lines.Length && Blank(_at)) _at++;
        }

        // The mapping or list that starts on the current line, at `indent` spaces.
        private YamlValue Block(int indent)
        {
            var text = _lines[_at];
            return IsItem(text, indent) ? List(indent) : Map(indent);
        }

        private static bool IsItem(string text, int indent) =>
            text.Length > indent + 1 && text[indent] == '-' && text[indent + 1] == ' ';

        private YamlList List(int indent)
        {
            var list = new YamlList(_at + 1, indent + 1, "");
            while (_at < _lines.Length && Indent(_at) == indent && IsItem(_lines[_at], indent))
            {
                var start = indent + 2;
                while (start < _lines[_at].Length && _lines[_at][start] == ' ') start++;
                if (start >= _lines[_at].Length || _lines[_at][start] == '#') throw new GiveUp();
                // "- key: value" starts a mapping whose keys line up with this first one.
                list.Items.Add(KeyAt(_lines[_at], start) >= 0 ? Map(start) : Inline(start, indent));
                SkipBlank();
            }
            return list;
        }

        // Keys at `indent` spaces; the first may follow a list's "- " on its line.
        private YamlMap Map(int indent)
        {
            var map = new YamlMap(_at + 1, indent + 1, "");
            var first = true;
            while (_at < _lines.Length && (first || Indent(_at) == indent))
            {
                var text = _lines[_at];
                var colon = KeyAt(text, indent);
                if (colon < 0) throw new GiveUp();
                var key = new YamlScalar(_at + 1, indent + 1, "", text[indent..colon], true);
                var start = colon + 1;
                while (start < text.Length && text[start] == ' ') start++;
                YamlValue value;
                if (start < text.Length && text[start] != '#')
                    value = Inline(start, indent);
                else
                {
                    // Nothing after the colon: the value is the block on the next lines, deeper than the
                    // key, or a list at the key's own indentation.
                    _at++;
                    SkipBlank();
                    if (_at >= _lines.Length) throw new GiveUp();
                    var next = Indent(_at);
                    if (next > indent) value = Block(next);
                    else if (next == indent && IsItem(_lines[_at], indent)) value = List(indent);
                    else throw new GiveUp();
                }
                map.Pairs.Add((key, value));
                first = false;
                SkipBlank();
                if (_at < _lines.Length && Indent(_at) > indent) throw new GiveUp();
            }
            return map;
        }

        // The position of the colon if the line holds "key:" at `indent`, or -1.
        private static int KeyAt(string text, int indent)
        {
            var i = indent;
            if (i >= text.Length || !(char.IsAsciiLetter(text[i]) || text[i] == '_')) return -1;
            while (i < text.Length && (char.IsAsciiLetterOrDigit(text[i]) || text[i] is '_' or '-')) i++;
            if (i >= text.Length || text[i] != ':') return -1;
            return i + 1 == text.Length || text[i + 1] == ' ' ? i : -1;
        }

        // A value written after "key: " or "- " on the current line; consumes the lines it uses.
        private YamlValue Inline(int start, int owner)
        {
            var text = _lines[_at];
            var line = _at + 1;
            var c = text[start];
            YamlValue value;
            int end;
            if (c is '|' or '>') return BlockScalar(start, owner);
            if (c == '"') (value, end) = DoubleQuoted(text, start, line);
            else if (c == '\'') (value, end) = SingleQuoted(text, start, line);
            else if (c == '[') (value, end) = FlowList(text, start, line);
            else (value, end) = Plain(text, start, line, inFlow: false);
            if (!RestIsComment(text, end)) throw new GiveUp();
            _at++;
            SkipBlank();
            // A deeper line here would continue the value over several lines: YamlDotNet's job.
            if (_at < _lines.Length && Indent(_at) > owner) throw new GiveUp();
            return value;
        }

        // What follows a value on its line: nothing, or a comment after at least one space.
        private static bool RestIsComment(string text, int end)
        {
            var rest = text.AsSpan(end);
            var trimmed = rest.TrimStart(' ');
            return trimmed.IsEmpty || (trimmed[0] == '#' && trimmed.Length < rest.Length);
        }

        private static (YamlValue, int) Plain(string text, int start, int line, bool inFlow)
        {
            var c = text[start];
            if (!(char.IsLetterOrDigit(c) || c is '(' or '.' or '/' or '+' or '_' or '$' or '~' or '=' or '<' or ';' or '^' || c > '\u007f'))
                throw new GiveUp();
            var end = start;
            while (end < text.Length)
            {
                var ch = text[end];
                if (ch == ' ' && end + 1 < text.Length && text[end + 1] == '#') break;
                if (inFlow && ch is ',' or ']') break;
                if (ch is '[' or ']' or '{' or '}') throw new GiveUp();
                if (ch == ':' && (inFlow || end + 1 == text.Length || text[end + 1] == ' ')) throw new GiveUp();
                end++;
            }
            var value = text[start..end].TrimEnd(' ');
            return (new YamlScalar(line, start + 1, "", value, true), end);
        }

        private static (YamlValue, int) DoubleQuoted(string text, int start, int line)
        {
            var value = new System.Text.StringBuilder();
            var i = start + 1;
            while (true)
            {
                if (i >= text.Length) throw new GiveUp();
                var c = text[i];
                if (c == '"') break;
                if (c == '\\')
                {
                    if (i + 1 >= text.Length) throw new GiveUp();
                    value.Append(text[i + 1] switch { '"' => '"', '\\' => '\\', '/' => '/', 'n' => '\n', 't' => '\t', _ => throw new GiveUp() });
                    i += 2;
                    continue;
                }
                value.Append(c);
                i++;
            }
            return (new YamlScalar(line, start + 1, "", value.ToString(), false), i + 1);
        }

        private static (YamlValue, int) SingleQuoted(string text, int start, int line)
        {
            var value = new System.Text.StringBuilder();
            var i = start + 1;
            while (true)
            {
                if (i >= text.Length) throw new GiveUp();
                if (text[i] == '\'')
                {
                    if (i + 1 < text.Length && text[i + 1] == '\'')
                    {
                        value.Append('\'');
                        i += 2;
                        continue;
                    }
                    break;
                }
                value.Append(text[i]);
                i++;
            }
            return (new YamlScalar(line, start + 1, "", value.ToString(), false), i + 1);
        }

        private static (YamlValue, int) FlowList(string text, int start, int line)
        {
            var list = new YamlList(line, start + 1, "");
            var i = start + 1;
            while (i < text.Length && text[i] == ' ') i++;
            if (i < text.Length && text[i] == ']') return (list, i + 1);
            while (true)
            {
                if (i >= text.Length) throw new GiveUp();
                var (item, end) = text[i] switch
                {
                    '"' => DoubleQuoted(text, i, line),
                    '\'' => SingleQuoted(text, i, line),
                    _ => Plain(text, i, line, inFlow: true),
                };
                list.Items.Add(item);
                i = end;
                while (i < text.Length && text[i] == ' ') i++;
                if (i >= text.Length) throw new GiveUp();
                if (text[i] == ']') return (list, i + 1);
                if (text[i] != ',') throw new GiveUp();
                i++;
                while (i < text.Length && text[i] == ' ') i++;
                if (i < text.Length && text[i] == ']') throw new GiveUp();
            }
        }

        // '|' keeps line breaks, '>' folds lines into one; '-' drops the final line break, '+' keeps
        // every trailing one. Explicit indentation digits, leading blank lines and more-indented folded
        // lines have subtler rules, so those give up.
        private YamlValue BlockScalar(int start, int owner)
        {
            var header = _lines[_at];
            var line = _at + 1;
            var literal = header[start] == '|';
            var chomp = start + 1 < header.Length ? header[start + 1] : ' ';
            var afterIndicators = chomp is '-' or '+' ? start + 2 : start + 1;
            if (chomp is not ('-' or '+')) chomp = ' ';
            if (!RestIsComment(header, afterIndicators)) throw new GiveUp();
            _at++;
            if (_at >= _lines.Length || _lines[_at].Trim(' ').Length == 0) throw new GiveUp();
            var indent = Indent(_at);
            if (indent <= owner) throw new GiveUp();

            var content = new List<string>();
            var trailingEmpty = 0;
            while (_at < _lines.Length)
            {
                var text = _lines[_at];
                if (text.Trim(' ').Length == 0)
                {
                    if (text.Length > indent) throw new GiveUp();
                    trailingEmpty++;
                    _at++;
                    continue;
                }
                var n = Indent(_at);
                if (n < indent)
                {
                    if (n > owner) throw new GiveUp();
                    break;
                }
                if (!literal && n > indent) throw new GiveUp();
                for (; trailingEmpty > 0; trailingEmpty--) content.Add("");
                content.Add(text[indent..]);
                _at++;
            }
            // The last line of the file without a line break after it has its own rule.
            if (_at == _lines.Length && trailingEmpty == 0 && !_endsWithNewline) throw new GiveUp();

            var value = literal ? string.Join('\n', content) : Fold(content);
            value = chomp switch
            {
                '-' => value,
                '+' => value + new string('\n', 1 + trailingEmpty),
                _ => value + "\n",
            };
            SkipBlank();
            return new YamlScalar(line, start + 1, "", value, false);
        }

        // Lines next to each other join with a space; each empty line between them becomes a line break.
        private static string Fold(List<string> lines)
        {
            var folded = new System.Text.StringBuilder();
            var empties = 0;
            var first = true;
            foreach (var text in lines)
            {
                if (text.Length == 0)
                {
                    empties++;
                    continue;
                }
                if (!first) folded.Append(empties == 0 ? " " : new string('\n', empties));
                folded.Append(text);
                empties = 0;
                first = false;
            }
            return folded.ToString();
        }
    }
}
