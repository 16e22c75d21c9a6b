using System.Text;

namespace DirectoryPortal.Write;

/// Spreadsheet-safe CSV (RFC 4180): quoted where needed, CRLF between rows, UTF-8 with a byte order
/// mark so Excel reads the accents right, and no cell a spreadsheet could run as a formula.
public sealed class CsvText
{
    private readonly StringBuilder _text = new();

    /// Characters that make a spreadsheet treat a cell as a formula (or, tab and CR, hide one).
    public static readonly char[] FormulaStarts = ['=', '+', '-', '@', '\t', '\r'];

    public CsvText Row(IEnumerable<string?> cells)
    {
        var first = true;
        foreach (var cell in cells)
        {
            if (!first) _text.Append(',');
            first = false;
            _text.Append(Field(Neutralise(cell ?? "")));
        }
        _text.Append("\r\n");
        return this;
    }

    /// A leading apostrophe makes the cell plain text in Excel, LibreOffice and Google Sheets.
    public static string Neutralise(string cell) => cell.Length > 0 && FormulaStarts.Contains(cell[0]) ? "'" + cell : cell;

    private static string Field(string cell) =>
        cell.AsSpan().IndexOfAny(",\"\r\n") >= 0 ? "\"" + cell.Replace("\"", "\"\"") + "\"" : cell;

    public byte[] ToBytes() => [.. Encoding.UTF8.Preamble, .. Encoding.UTF8.GetBytes(_text.ToString())];
}
