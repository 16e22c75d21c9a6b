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
        return Decode(path).Replace("\r\n", "\n");
    }

    // File.ReadAllText allocates about three times the file's size in buffers; at 10,000 records that
    // is garbage the collector then has to chase. Reading the bytes and decoding them once is enough
    // for UTF-8 (with or without a byte order mark); UTF-16 and UTF-32 files, which some Windows
    // editors write, still go through ReadAllText's encoding detection.
    private static string Decode(string path)
    {
        var bytes = File.ReadAllBytes(path);
        if (bytes.Length >= 2 && ((bytes[0] == 0xFF && bytes[1] == 0xFE) || (bytes[0] == 0xFE && bytes[1] == 0xFF)
            || (bytes.Length >= 4 && bytes[0] == 0 && bytes[1] == 0 && bytes[2] == 0xFE && bytes[3] == 0xFF)))
            return File.ReadAllText(path);
        var span = bytes.AsSpan();
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF])) span = span[3..];
        return System.Text.Encoding.UTF8.GetString(span);
    }

    // YamlDotNet messages repeat the position in brackets; ours already says where.
    private static string Clean(string message)
    {
        var i = message.IndexOf("(Line:", StringComparison.Ordinal);
        return (i > 0 ? message[..i] : message).Trim();
    }
}
