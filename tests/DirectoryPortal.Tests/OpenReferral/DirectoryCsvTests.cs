using System.Globalization;
using System.Text;
using CsvHelper;
using DirectoryPortal.Load;
using DirectoryPortal.Model;
using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.OpenReferral;

/// directory.csv opens correctly in a spreadsheet and cannot run a formula there: read back with CsvHelper.
public class DirectoryCsvTests(FeedSites sites) : IClassFixture<FeedSites>
{
    // RFC 4180 exactly: comma-separated, nothing trimmed, quoted line breaks allowed.
    private static readonly CsvReaderOptions Rfc4180 = new() { Separator = ',', HasHeader = true, TrimWhitespace = false, AllowLineBreaksInQuotes = true };

    private static List<Dictionary<string, string>> Read(string output, out byte[] bytes)
    {
        bytes = File.ReadAllBytes(Path.Combine(output, "directory.csv"));
        using var csv = CsvReader.Create(bytes, Rfc4180);
        var rows = new List<Dictionary<string, string>>();
        while (csv.Read())
        {
            var headers = csv.Headers;
            Assert.Equal(headers.Count, csv.FieldCount);
            rows.Add(headers.Select((h, i) => (h, i)).ToDictionary(x => x.h, x => csv.GetString(x.i)));
        }
        return rows;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void One_row_per_service_with_what_a_practitioner_needs(bool shipped)
    {
        var (content, output) = shipped ? (Repo.Content, sites.Shipped) : (sites.Rich.Content, sites.Rich.Output);
        var rows = Read(output, out var bytes);
        Assert.Equal(Encoding.UTF8.Preamble.ToArray(), bytes[..3]);
        var text = Encoding.UTF8.GetString(bytes, 3, bytes.Length - 3);
        // Every line break is CRLF; a bare LF could only be inside a quoted cell, and there is none.
        Assert.DoesNotContain("\n", text.Replace("\r\n", ""));
        Assert.EndsWith("\r\n", text);

        var loaded = ContentLoader.Load(content, new ProblemList(), themeDirectory: Repo.Theme);
        var (services, strings) = (loaded.Services, loaded.Strings["en"]);
        Assert.Equal(services.Count, rows.Count);
        Assert.Equal(["Service", "Run by", "What it does", "Needs it helps with", "Phone numbers", "Email", "Website", "Opening hours", "Languages",
            "Who it is for", "Area covered", "How to get help", "Cost", "Page in this directory", "Entry in the printable directory", "Last reviewed", "Permanent id"], rows[0].Keys);
        foreach (var s in services)
        {
            var row = Assert.Single(rows, r => r["Permanent id"] == s.Id);
            Assert.Equal(s.Name, row["Service"]);
            Assert.Equal(s.Organization.Name, row["Run by"]);
            Assert.Equal($"services/{s.Slug}/index.html", row["Page in this directory"]);
            Assert.Equal($"print.html#service-{s.Slug}", row["Entry in the printable directory"]);
            Assert.True(File.Exists(Path.Combine(output, row["Page in this directory"])));
            Assert.Equal(s.LastReviewed!.Value.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), row["Last reviewed"]);
            // Every number, as the page shows it (hours may themselves hold "; ", so entries are not counted).
            var digits = new string(row["Phone numbers"].Where(char.IsAsciiDigit).ToArray());
            foreach (var phone in s.Phones) Assert.Contains(new string(phone.Number.Where(char.IsAsciiDigit).ToArray()), digits);
            if (s.Phones.Count == 0) Assert.Equal("", row["Phone numbers"]);
            if (s.Open247 == true) Assert.Contains("Open 24 hours", row["Opening hours"]);
            // Languages by name, as the site's words name them (language_name.<code>).
            foreach (var l in s.Languages) Assert.Contains(strings.Defines("language_name." + l) ? strings["language_name." + l] : l, row["Languages"]);
            if (s.Eligibility is not null) Assert.Contains(s.Eligibility, row["Who it is for"]);
            if (s.Referral?.Notes is not null) Assert.Contains(s.Referral.Notes, row["How to get help"]);
        }
        var print = Builds.Page(output, "print.html");
        // The printable directory links to the spreadsheet, and each row to its entry there.
        Assert.NotNull(print.QuerySelector("a[href='directory.csv']"));
        Assert.All(services, s => Assert.NotNull(print.GetElementById($"service-{s.Slug}")));
    }

    [Fact]
    public void Rows_read_back_exactly_with_the_rich_records_words()
    {
        var refuge = Assert.Single(Read(sites.Rich.Output, out _), r => r["Permanent id"] == FeedContent.RefugeId);
        Assert.Equal("Referrals line: 020 7946 0000 (Monday to Friday, 9am to 5pm)", refuge["Phone numbers"]);
        Assert.Equal("Monday to Friday, 9am to 5pm; Referrals outside these hours go through the national helpline.", refuge["Opening hours"]);
        Assert.StartsWith("English; Polish; They can arrange an interpreter.", refuge["Languages"]);
        Assert.Equal("Women and girls; Women aged 16 or over, with or without children.", refuge["Who it is for"]);
        Assert.Equal("Professionals can refer people.; You need a referral from a professional.; A professional or the national helpline refers you.", refuge["How to get help"]);
        Assert.Equal("refuge@housing.example.org", refuge["Email"]);
    }

    [Theory]
    [InlineData("=HYPERLINK(\"http://evil.example\",\"Click\")")]
    [InlineData("+44 cmd|' /C calc'!A0")]
    [InlineData("-2+3")]
    [InlineData("@SUM(A1:A2)")]
    public void A_cell_that_would_start_a_formula_is_neutralised(string attack)
    {
        using var t = new TempContent();
        t.Write("services/test-helpline.yml", TempContent.ServiceYml
            .Replace("description: A helpline used by the tests.", "description: " + DirectoryPortal.Import.RecordYaml.Scalar(attack))
            .Replace("label: Helpline", "label: " + DirectoryPortal.Import.RecordYaml.Scalar(attack)));
        var result = Builds.Run(t.Content, t.Output);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        var row = Assert.Single(Read(t.Output, out _));
        Assert.Equal("'" + attack, row["What it does"]);
        Assert.StartsWith("'" + attack, row["Phone numbers"]);
        foreach (var cell in row.Values)
            Assert.False(cell.Length > 0 && DirectoryPortal.Write.CsvText.FormulaStarts.Contains(cell[0]), cell);
    }

    [Theory]
    [InlineData("\tTabbed", "'\tTabbed")]
    [InlineData("\rReturn", "'\rReturn")]
    [InlineData("Plain, with \"quotes\"", "Plain, with \"quotes\"")]
    [InlineData("", "")]
    public void Cells_are_neutralised_and_quoted_as_RFC_4180_says(string cell, string expected)
    {
        Assert.Equal(expected, DirectoryPortal.Write.CsvText.Neutralise(cell));
        var bytes = new DirectoryPortal.Write.CsvText().Row(["a", cell]).ToBytes();
        using var csv = CsvReader.Create(bytes, Rfc4180 with { HasHeader = false });
        Assert.True(csv.Read());
        Assert.Equal(expected, csv.GetString(1));
    }
}
