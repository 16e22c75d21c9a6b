using YamlDotNet.Core;
using YamlDotNet.Core.Events;

namespace DirectoryPortal.Load;

public static partial class YamlFile
{
    /// Builds our small node tree straight from the parser's events. YamlDotNet's own YamlStream does
    /// more (tags, alias resolution) and costs about three times as much per file, which matters at
    /// 10,000 records; we need only positions, values and whether anchors or aliases were used.
    private sealed class TreeReader(Parser parser)
    {
        // Deep enough for any record; shallow enough that '[[[[...' cannot exhaust the stack.
        public const int MaxDepth = 64;

        /// The end of the last event the parser understood, so a scanner failure still has a position.
        public Mark LastGood { get; private set; } = Mark.Empty;
        public List<YamlValue> Anchored { get; } = [];
        public List<YamlAlias> Aliases { get; } = [];

        public List<YamlValue> ReadDocuments()
        {
            var documents = new List<YamlValue>();
            Next(); // StreamStart
            while (Next() is DocumentStart)
            {
                Next();
                documents.Add(ReadNode(0));
                Next(); // DocumentEnd
            }
            return documents;
        }

        private YamlValue ReadNode(int depth)
        {
            if (depth > MaxDepth) throw new TooDeepException();
            var ev = parser.Current!;
            var (line, column) = ((int)ev.Start.Line, (int)ev.Start.Column);
            var anchor = ev is NodeEvent { Anchor.IsEmpty: false } n ? n.Anchor.Value : "";
            YamlValue node;
            switch (ev)
            {
                case Scalar s:
                    node = new YamlScalar(line, column, anchor, s.Value, s.Style == ScalarStyle.Plain);
                    break;
                case AnchorAlias a:
                    var alias = new YamlAlias(line, column, a.Value.Value);
                    Aliases.Add(alias);
                    return alias;
                case SequenceStart:
                    var list = new YamlList(line, column, anchor);
                    while (Next() is not SequenceEnd) list.Items.Add(ReadNode(depth + 1));
                    node = list;
                    break;
                case MappingStart:
                    var map = new YamlMap(line, column, anchor);
                    while (Next() is not MappingEnd)
                    {
                        var key = ReadNode(depth + 1);
                        Next();
                        map.Pairs.Add((key, ReadNode(depth + 1)));
                    }
                    node = map;
                    break;
                default:
                    throw new InvalidOperationException($"Unexpected YAML event {ev.GetType().Name}.");
            }
            if (anchor.Length > 0) Anchored.Add(node);
            return node;
        }

        // YamlDotNet's scanner sometimes fails with InvalidOperationException instead of a YamlException;
        // LastGood still tells the editor where to look.
        private ParsingEvent Next()
        {
            if (!parser.MoveNext()) throw new InvalidOperationException("The YAML ended early.");
            LastGood = parser.Current!.End;
            return parser.Current;
        }
    }

    private sealed class TooDeepException : Exception;
}
