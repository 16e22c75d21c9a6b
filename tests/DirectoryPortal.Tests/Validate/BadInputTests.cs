using DirectoryPortal.Model;
using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.Validate;

/// Each kind of bad input is reported with its file, line, field and a fix, and good input passes.
public class BadInputTests
{
    // Each with its own id, so that two of them in one folder differ only where the test says.
    private static string Service(string replace, string with) =>
        TempContent.ServiceYml.Replace(replace, with).Replace(TempContent.ServiceId, Guid.NewGuid().ToString("D"));

    [Fact]
    public void Valid_content_has_no_problems()
    {
        using var t = new TempContent();
        Assert.Empty(Checking.Problems(t.Content));
    }

    [Fact]
    public void Yaml_syntax_error_names_file_and_line()
    {
        using var t = new TempContent();
        t.Write("services/test-helpline.yml", Service("categories: [domestic-abuse]", "categories: [domestic-abuse"));
        // The guidance page then links to a service that did not load; that second error is expected.
        var p = Assert.Single(Checking.Errors(t.Content), e => e.File.StartsWith("services/"));
        Assert.Equal("services/test-helpline.yml", p.File);
        Assert.Contains("not valid YAML", p.Message);
        Assert.InRange(p.Line, 7, 10);
    }

    [Fact]
    public void Unknown_field_suggests_the_right_name()
    {
        using var t = new TempContent();
        t.Write("services/test-helpline.yml", Service("description:", "descripton:"));
        var errors = Checking.Errors(t.Content);
        var unknown = Assert.Single(errors, e => e.Field == "descripton");
        Assert.Contains("Did you mean 'description'", unknown.Fix);
        Assert.Equal(6, unknown.Line);
        Assert.Equal(1, unknown.Column);
        Assert.Contains(errors, e => e.Field == "description" && e.Message.Contains("missing"));
    }

    [Fact]
    public void Missing_required_fields_are_each_reported()
    {
        using var t = new TempContent();
        t.Write("services/test-helpline.yml", Service("last_reviewed: 2026-11-01", "").Replace("source: https://example.org/helpline", ""));
        var errors = Checking.Errors(t.Content);
        Assert.Contains(errors, e => e.Field == "last_reviewed" && e.Message.Contains("missing"));
        Assert.Contains(errors, e => e.Field == "source" && e.Message.Contains("missing"));
    }

    [Fact]
    public void Wrong_types_are_reported_with_the_expected_type()
    {
        using var t = new TempContent();
        t.Write("services/test-helpline.yml", Service("open_24_7: true", "open_24_7: sometimes").Replace("categories: [domestic-abuse]", "categories: domestic-abuse"));
        var errors = Checking.Errors(t.Content);
        Assert.Contains(errors, e => e.Field == "open_24_7" && e.Message.Contains("true or false"));
        Assert.Contains(errors, e => e.Field == "categories" && e.Message.Contains("list"));
    }

    [Fact]
    public void Unknown_category_is_reported_with_a_suggestion()
    {
        using var t = new TempContent();
        t.Write("services/test-helpline.yml", Service("categories: [domestic-abuse]", "categories: [domestic-abus]"));
        var p = Checking.Single(t.Content);
        Assert.Equal("categories[0]", p.Field);
        Assert.Contains("domestic-abuse", p.Fix);
    }

    [Fact]
    public void Duplicate_slugs_are_refused()
    {
        using var t = new TempContent();
        t.Write("services/test-helpline.yaml", TempContent.ServiceYml);
        var p = Checking.Single(t.Content);
        Assert.Contains("already uses the slug", p.Message);
    }

    [Fact]
    public void Duplicate_category_slugs_are_refused()
    {
        using var t = new TempContent();
        t.Write("taxonomy.yml", TempContent.TaxonomyYml.Replace("slug: forced-marriage", "slug: domestic-abuse"));
        var p = Checking.Single(t.Content);
        Assert.Equal("taxonomy.yml", p.File);
        Assert.Contains("used twice", p.Message);
    }

    [Theory]
    [InlineData("0808 2000 24")]
    [InlineData("0808 2000 2477")]
    [InlineData("12345678901")]
    [InlineData("call us")]
    [InlineData("+1 202 555 0100")]
    public void Invalid_phone_numbers_are_refused(string number)
    {
        using var t = new TempContent();
        t.Write("services/test-helpline.yml", Service("\"0808 2000 247\"", $"\"{number}\""));
        var p = Checking.Single(t.Content);
        Assert.Equal("phones[0].number", p.Field);
        Assert.Equal(12, p.Line);
    }

    [Theory]
    [InlineData("0808 2000 247", true, "0808 200 0247", "+448082000247")]
    [InlineData("020 7123 4567", true, "020 7123 4567", "+442071234567")]
    [InlineData("116 123", true, "116 123", "116123")]
    [InlineData("0808 2000 24", false, "", "")]
    [InlineData("+1 202 555 0100", false, "", "")]
    public void A_number_formats_the_same_every_time_it_is_asked(string number, bool valid, string display, string dial)
    {
        // The second answer comes from what the first one kept.
        for (var i = 0; i < 2; i++)
        {
            Assert.Equal(valid, DirectoryPortal.Validate.PhoneCheck.TryFormat(number, out var shown, out var dialled));
            Assert.Equal((display, dial), (shown, dialled));
        }
    }

    [Fact]
    public void Invalid_email_and_urls_are_refused()
    {
        using var t = new TempContent();
        t.Write("services/test-helpline.yml", Service("help@example.org", "help at example.org")
            .Replace("url: https://example.org/helpline", "url: javascript:alert(1)")
            .Replace("  url: https://example.org", "  url: data:text/html,hi"));
        var errors = Checking.Errors(t.Content);
        Assert.Contains(errors, e => e.Field == "emails[0].address");
        Assert.Contains(errors, e => e.Field == "url");
        Assert.Contains(errors, e => e.Field == "organization.url");
    }

    [Theory]
    [InlineData("2026-13-01")]
    [InlineData("01/11/2026")]
    [InlineData("yesterday")]
    public void Invalid_dates_are_refused(string date)
    {
        using var t = new TempContent();
        t.Write("services/test-helpline.yml", Service("2026-11-01", date));
        var p = Checking.Single(t.Content);
        Assert.Equal("last_reviewed", p.Field);
        Assert.Contains("YYYY-MM-DD", p.Message);
    }

    [Fact]
    public void Last_reviewed_in_the_future_is_an_error()
    {
        using var t = new TempContent();
        t.Write("services/test-helpline.yml", Service("2026-11-01", "2026-12-25"));
        var p = Checking.Single(t.Content);
        Assert.Contains("future", p.Message);
    }

    [Fact]
    public void Old_records_are_warnings_oldest_first()
    {
        using var t = new TempContent();
        t.Write("services/test-helpline.yml", Service("2026-11-01", "2025-01-01"));
        t.Write("services/another.yml", Service("2026-11-01", "2024-01-01").Replace("Test Helpline", "Another"));
        var problems = Checking.Problems(t.Content);
        Assert.DoesNotContain(problems, p => p.Severity == Severity.Error);
        var stale = problems.Where(p => p.Field == "last_reviewed").ToList();
        Assert.Equal(2, stale.Count);
        Assert.All(stale, p => Assert.Equal(Severity.Warning, p.Severity));
    }

    [Fact]
    public void Files_over_one_megabyte_are_refused_unread()
    {
        using var t = new TempContent();
        t.Write("services/big.yml", TempContent.ServiceYml + "\n# " + new string('x', 1024 * 1024));
        var p = Checking.Single(t.Content);
        Assert.Contains("limit is 1024 KB", p.Message);
    }

    [Fact]
    public void Anchors_and_aliases_are_refused()
    {
        using var t = new TempContent();
        t.Write("services/test-helpline.yml", Service("categories: [domestic-abuse]", "categories: &cats [domestic-abuse]\naudiences: *cats").Replace("audiences: [everyone]\n", ""));
        var errors = Checking.Errors(t.Content);
        Assert.Contains(errors, e => e.Message.Contains("anchor"));
        Assert.Contains(errors, e => e.Message.Contains("alias"));
    }

    [Fact]
    public void An_alias_without_its_anchor_is_refused()
    {
        using var t = new TempContent();
        t.Write("services/test-helpline.yml", Service("audiences: [everyone]", "audiences: *people"));
        var p = Assert.Single(Checking.Errors(t.Content), e => e.File == "services/test-helpline.yml");
        Assert.Contains("alias '*people'", p.Message);
        Assert.Equal(8, p.Line);
    }

    [Fact]
    public void A_field_written_twice_is_reported_on_its_second_line()
    {
        using var t = new TempContent();
        t.Write("services/test-helpline.yml", Service("open_24_7: true", "open_24_7: true\nopen_24_7: false"));
        var p = Checking.Single(t.Content);
        Assert.Equal("open_24_7", p.Field);
        Assert.Contains("appears twice", p.Message);
        Assert.Equal(22, p.Line);
    }

    [Fact]
    public void Absurdly_deep_nesting_is_an_error_not_a_crash()
    {
        using var t = new TempContent();
        t.Write("services/test-helpline.yml", Service("audiences: [everyone]", "audiences: " + new string('[', 5000) + new string(']', 5000)));
        var p = Assert.Single(Checking.Errors(t.Content), e => e.File == "services/test-helpline.yml");
        Assert.Contains("nested more than", p.Message);
    }

    [Theory]
    [InlineData("<script>alert(1)</script>")]
    [InlineData("Hello <img src=x onerror=alert(1)> there")]
    [InlineData("<div>block</div>")]
    public void Raw_html_in_markdown_is_refused(string html)
    {
        using var t = new TempContent();
        t.Write("guidance/getting-help.md", TempContent.GuidanceMd + "\n" + html + "\n");
        var p = Checking.Single(t.Content);
        Assert.Equal("guidance/getting-help.md", p.File);
        Assert.Contains("raw HTML", p.Message);
        Assert.Equal(11, p.Line);
    }

    [Theory]
    [InlineData("[click](javascript:alert(1))")]
    [InlineData("[click](JavaScript:alert(1))")]
    [InlineData("[click](data:text/html;base64,PHNjcmlwdD4=)")]
    [InlineData("[click](vbscript:msgbox)")]
    public void Unsafe_links_in_markdown_are_refused(string link)
    {
        using var t = new TempContent();
        t.Write("guidance/getting-help.md", TempContent.GuidanceMd + "\n" + link + "\n");
        var p = Checking.Single(t.Content);
        Assert.Contains("not allowed", p.Message);
    }

    [Theory]
    [InlineData("Bad Name.yml")]
    [InlineData("UPPER.yml")]
    [InlineData("dots.in.name.yml")]
    [InlineData("trailing-.yml")]
    public void Unsafe_service_file_names_are_refused(string fileName)
    {
        using var t = new TempContent();
        t.Write("services/" + fileName, TempContent.ServiceYml);
        var p = Checking.Single(t.Content);
        Assert.Contains("cannot be used as a web address", p.Message);
    }

    [Fact]
    public void Guidance_related_service_must_exist()
    {
        using var t = new TempContent();
        t.Write("guidance/getting-help.md", TempContent.GuidanceMd.Replace("[test-helpline]", "[test-helpine]"));
        var p = Checking.Single(t.Content);
        Assert.Equal("related_services[0]", p.Field);
        Assert.Equal(5, p.Line);
        Assert.Contains("test-helpline", p.Fix);
    }

    [Fact]
    public void Every_problem_in_a_folder_is_reported_in_one_run()
    {
        using var t = new TempContent();
        t.Write("services/a.yml", Service("description:", "descripton:"));
        t.Write("services/b.yml", Service("2026-11-01", "2030-01-01"));
        t.Write("services/c.yml", Service("\"0808 2000 247\"", "\"999999\""));
        var files = Checking.Errors(t.Content).Select(e => e.File).Distinct().ToList();
        Assert.Equal(new[] { "services/a.yml", "services/b.yml", "services/c.yml" }, files);
    }
}

/// site.yml's Markdown (the emergency notice, on every page) is checked like a guidance page's.
public class SiteMarkdownTests
{
    [Theory]
    [InlineData("emergency_notice: In an emergency, call 999. <script>alert(1)</script>", "raw HTML")]
    [InlineData("emergency_notice: In an emergency, call 999. <img src=x onerror=alert(1)>", "raw HTML")]
    [InlineData("emergency_notice: \"In an emergency, [call us](javascript:alert(1)).\"", "not allowed")]
    [InlineData("emergency_notice: \"In an emergency, [call us](data:text/html,hi).\"", "not allowed")]
    public void The_emergency_notice_is_checked_like_guidance(string line, string expected)
    {
        using var t = new TempContent();
        t.Write("site.yml", TempContent.SiteYml.Replace("emergency_notice: In an emergency, call 999.", line));
        var errors = Checking.Errors(t.Content);
        Assert.NotEmpty(errors);
        Assert.All(errors, p =>
        {
            Assert.Equal("site.yml", p.File);
            Assert.Equal("emergency_notice", p.Field);
            Assert.Equal(4, p.Line);
            Assert.Contains(expected, p.Message);
        });
    }
}
