using System.Text;
using DirectoryPortal.Model;

namespace DirectoryPortal.Load;

/// Turns a content file's bytes into text. UTF-8 (with or without one byte order mark) is what editors
/// should save; UTF-16 and UTF-32 with a byte order mark, which some Windows editors write, are read too.
/// Anything else is an error that names the line, never a silent replacement character.
public static class TextDecoder
{
    private static readonly UTF8Encoding StrictUtf8 = new(encoderShouldEmitUTF8Identifier: false, throwOnInvalidBytes: true);
    private const string SaveAsUtf8 = "Save the file as UTF-8 (in VS Code: click the encoding in the status bar, 'Save with Encoding', 'UTF-8').";

    /// The text with CRLF line ends made LF, or null after reporting why it is not text.
    public static string? Decode(ReadOnlySpan<byte> bytes, string displayName, ProblemList problems)
    {
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0, 0])) return Other(bytes[4..], new UTF32Encoding(false, false, true), displayName, problems);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0, 0, 0xFE, 0xFF])) return Other(bytes[4..], new UTF32Encoding(true, false, true), displayName, problems);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE])) return Other(bytes[2..], new UnicodeEncoding(false, false, true), displayName, problems);
        if (bytes.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF])) return Other(bytes[2..], new UnicodeEncoding(true, false, true), displayName, problems);
        ReadOnlySpan<byte> bom = [0xEF, 0xBB, 0xBF];
        if (bytes.StartsWith(bom)) bytes = bytes[3..];
        if (bytes.StartsWith(bom))
        {
            problems.Error(displayName, 1, 1, "", "The file starts with two byte order marks (invisible characters some editors add); there may be at most one.",
                SaveAsUtf8);
            return null;
        }
        var nul = bytes.IndexOf((byte)0);
        if (nul >= 0)
        {
            problems.Error(displayName, LineOf(bytes, nul), 1, "", LooksLikeUtf16(bytes)
                    ? "The file looks like UTF-16 text saved without a byte order mark, which cannot be read reliably."
                    : "The file contains NUL bytes, so it is not a text file.",
                SaveAsUtf8);
            return null;
        }
        if (!System.Text.Unicode.Utf8.IsValid(bytes))
        {
            var at = FirstInvalid(bytes);
            var line = LineOf(bytes, at);
            var lineStart = bytes[..at].LastIndexOf((byte)'\n') + 1;
            var column = Encoding.UTF8.GetCharCount(bytes[lineStart..at]) + 1;
            problems.Error(displayName, line, column, "", $"Line {line} is not valid UTF-8 text (byte 0x{bytes[at]:X2}): the file was probably saved in another encoding, such as Windows-1252.",
                SaveAsUtf8 + " Then check the characters on that line, such as accented letters, quotes and dashes.");
            return null;
        }
        return Lf(Encoding.UTF8.GetString(bytes));
    }

    private static string? Other(ReadOnlySpan<byte> bytes, Encoding encoding, string displayName, ProblemList problems)
    {
        try { return Lf(encoding.GetString(bytes)); }
        catch (DecoderFallbackException)
        {
            problems.Error(displayName, 0, 0, "", $"The file starts like {encoding.WebName} text but is not valid {encoding.WebName}.", SaveAsUtf8);
            return null;
        }
    }

    private static string Lf(string text) => text.Contains('\r') ? text.Replace("\r\n", "\n") : text;

    private static int LineOf(ReadOnlySpan<byte> bytes, int offset) => bytes[..offset].Count((byte)'\n') + 1;

    // ASCII text in UTF-16 has a zero in every other byte.
    private static bool LooksLikeUtf16(ReadOnlySpan<byte> bytes)
    {
        var sample = bytes[..Math.Min(bytes.Length, 200)];
        var zeros = 0;
        foreach (var b in sample) if (b == 0) zeros++;
        return zeros * 3 >= sample.Length;
    }

    private static int FirstInvalid(ReadOnlySpan<byte> bytes)
    {
        var chars = new char[bytes.Length];
        System.Text.Unicode.Utf8.ToUtf16(bytes, chars, out var read, out _, replaceInvalidSequences: false);
        return Math.Min(read, bytes.Length - 1);
    }
}
