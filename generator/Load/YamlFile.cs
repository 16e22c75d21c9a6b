using DirectoryPortal.Model;
using YamlDotNet.Core;
using YamlDotNet.Core.Events;
using YamlDotNet.RepresentationModel;

namespace DirectoryPortal.Load;

/// Reads one YAML document with positions, refusing what editors should not use (anchors, huge files).
public static class YamlFile
{
    public const long MaxBytes = 1024 * 1024;

    /// Parses text already read from <paramref name="file"/>; returns null and reports when it cannot.
    /// <paramref name="firstLine"/> shifts reported lines, for YAML that starts part-way into a file.
    public static YamlNode? Parse(string text, string file, ProblemList problems, int firstLine = 1)
    {
        var offset = firstLine - 1;
        var lastGood = Mark.Empty;
        try
        {
            var stream = new YamlStream();
            try
            {
                stream.Load(new StringReader(text));
            }
            catch (InvalidOperationException)
            {
                // Replay the events to find the last position the parser understood.
                var parser = new Parser(new StringReader(text));
                while (MoveNext(parser, ref lastGood)) { }
                throw new ScannerStateException();
            }
            if (stream.Documents.Count == 0) return null;
            if (stream.Documents.Count > 1)
            {
                problems.Error(file, 1 + offset, 1, "", "The file holds more than one YAML document ('---').",
                    "Keep one record per file and remove the extra '---' line.");
                return null;
            }
            var root = stream.Documents[0].RootNode;
            // Every alias needs an anchor, so refusing anchors refuses both; one parse is enough.
            var refused = false;
            var seen = new HashSet<YamlNode>(ReferenceEqualityComparer.Instance);
            foreach (var node in root.AllNodes)
            {
                if (node.Anchor.IsEmpty || !seen.Add(node)) continue;
                problems.Error(file, (int)node.Start.Line + offset, (int)node.Start.Column, "",
                    $"YAML anchor '&{node.Anchor}' is not allowed, nor are aliases ('*{node.Anchor}') that repeat it.",
                    "Remove the '&' anchor and any '*' alias, and write values out in full where they are needed.");
                refused = true;
            }
            return refused ? null : root;
        }
        catch (ScannerStateException)
        {
            problems.Error(file, (int)lastGood.Line + offset, (int)lastGood.Column, "",
                "This is not valid YAML near here: a list or quoted text may be missing its closing bracket or quote.",
                "Check that every '[' has a ']' and every quote has a closing quote, and that indentation uses spaces.");
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

    /// Reads a file from disk, refusing files over 1 MB before parsing them.
    public static string? ReadText(string path, string displayName, ProblemList problems)
    {
        var info = new FileInfo(path);
        if (info.Length > MaxBytes)
        {
            problems.Error(displayName, 0, 0, "", $"The file is {info.Length / 1024} KB; the limit is 1024 KB.",
                "Split it or remove what is not needed; a service record is normally a few KB.");
            return null;
        }
        return File.ReadAllText(path).Replace("\r\n", "\n");
    }

    // YamlDotNet's scanner sometimes fails with InvalidOperationException instead of a YamlException;
    // remember the last good position so the editor still learns where to look.
    private static bool MoveNext(Parser parser, ref Mark lastGood)
    {
        try
        {
            var moved = parser.MoveNext();
            if (moved && parser.Current is not null) lastGood = parser.Current.End;
            return moved;
        }
        catch (InvalidOperationException)
        {
            throw new ScannerStateException();
        }
    }

    private sealed class ScannerStateException : Exception;

    // YamlDotNet messages repeat the position in brackets; ours already says where.
    private static string Clean(string message)
    {
        var i = message.IndexOf("(Line:", StringComparison.Ordinal);
        return (i > 0 ? message[..i] : message).Trim();
    }
}
