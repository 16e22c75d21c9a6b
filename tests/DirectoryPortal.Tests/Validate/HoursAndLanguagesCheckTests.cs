using DirectoryPortal.Model;
using DirectoryPortal.Pipeline;
using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.Validate;

/// Opening hours, languages and phone numbers named in text: each mistake is reported where it is, with a fix.
public class HoursAndLanguagesCheckTests
{
    private static string Service(string replace, string with) => TempContent.ServiceYml.Replace(replace, with);

    private static IReadOnlyList<Problem> Warnings(string content, string? theme = null) =>
        SiteBuilder.Check(content, Checking.Today, themeDirectory: theme).Problems.Sorted().Where(p => p.Severity == Severity.Warning).ToList();

    private const string WeekdaysAndFridayNight = """
        regular_schedules:
          - byday: [MO, TU, WE, TH, FR]
            opens_at: "09:00"
            closes_at: "17:00"
          - byday: [FR]
            opens_at: "22:00"
            closes_at: "02:00"
            description: Friday night into Saturday
          - byday: [SA, SU]
            opens_at: "00:00"
            closes_at: "00:00"
        """;

    [Fact]
    public void A_span_past_midnight_and_a_whole_day_are_accepted()
    {
        using var t = new TempContent();
        t.Write("services/test-helpline.yml", Service("open_24_7: true", WeekdaysAndFridayNight));
        Assert.Empty(Checking.Problems(t.Content));
    }

    [Fact]
    public void A_span_that_opens_and_closes_at_the_same_time_is_an_error_with_the_fix()
    {
        using var t = new TempContent();
        t.Write("services/test-helpline.yml", Service("open_24_7: true", WeekdaysAndFridayNight.Replace("\"02:00\"", "\"22:00\"")));
        var p = Checking.Single(t.Content);
        Assert.Equal("regular_schedules[1].closes_at", p.Field);
        Assert.Contains("same time", p.Message);
        Assert.Contains("00:00", p.Fix);
    }

    [Fact]
    public void A_language_written_as_a_name_is_an_error_that_gives_the_code()
    {
        using var t = new TempContent();
        t.Write("services/test-helpline.yml", Service("open_24_7: true", "open_24_7: true\nlanguages: [en, Polish, pl, pl]"));
        var errors = Checking.Errors(t.Content);
        var name = Assert.Single(errors, e => e.Field == "languages[1]");
        Assert.Contains("ISO 639-1", name.Message);
        Assert.Contains("'pl'", name.Fix);
        Assert.Contains(errors, e => e.Field == "languages[3]" && e.Message.Contains("twice"));
        Assert.Equal(2, errors.Count);
    }

    [Fact]
    public void A_language_code_the_theme_cannot_name_is_a_warning_only_when_the_theme_is_checked()
    {
        using var t = new TempContent();
        t.Write("services/test-helpline.yml", Service("open_24_7: true", "open_24_7: true\nlanguages: [en, yo]"));
        Assert.Empty(Warnings(t.Content));
        var w = Assert.Single(Warnings(t.Content, Repo.Theme));
        Assert.Equal("languages[1]", w.Field);
        Assert.Contains("language_name.yo", w.Fix);
    }

    [Fact]
    public void Phones_without_hours_are_a_warning_until_hours_or_a_note_are_given()
    {
        using var t = new TempContent();
        t.Write("services/test-helpline.yml", Service("open_24_7: true\n", ""));
        var w = Assert.Single(Warnings(t.Content));
        Assert.Equal("phones", w.Field);
        Assert.Contains("no opening hours", w.Message);
        t.Write("services/test-helpline.yml", Service("open_24_7: true", "schedule_notes: We could not confirm the hours. The National Domestic Abuse Helpline is open 24 hours."));
        Assert.Empty(Warnings(t.Content));
        t.Write("services/test-helpline.yml", Service("open_24_7: true", WeekdaysAndFridayNight));
        Assert.Empty(Warnings(t.Content));
    }

    [Fact]
    public void A_guidance_page_naming_a_number_no_record_lists_is_warned_about_on_its_line()
    {
        using var t = new TempContent();
        // 0808 2000 247 is the test helpline's number, also written the international way; 020 7946 0000 is no record's.
        t.Write("guidance/getting-help.md", TempContent.GuidanceMd + "\nCall 0808 2000 247, or +44 808 2000 247 from abroad.\n\nOr call 020 7946 0000 (9am to 5pm).\n");
        var w = Assert.Single(Warnings(t.Content));
        Assert.Equal("guidance/getting-help.md", w.File);
        Assert.Equal("body", w.Field);
        Assert.Contains("020 7946 0000", w.Message);
        Assert.Equal(File.ReadAllLines(Path.Combine(t.Content, "guidance/getting-help.md")).ToList().FindIndex(l => l.Contains("020 7946 0000")) + 1, w.Line);
    }

    [Fact]
    public void A_service_naming_another_number_in_its_text_is_warned_about_on_that_field()
    {
        using var t = new TempContent();
        t.Write("services/test-helpline.yml", Service("description: A helpline used by the tests.", "description: A helpline used by the tests. Out of hours, call 020 7946 0000.")
            .Replace("open_24_7: true", "open_24_7: true\nsafety_notes: Delete 0808 2000 247 from your call history."));
        var w = Assert.Single(Warnings(t.Content));
        Assert.Equal("description", w.Field);
        Assert.Contains("020 7946 0000", w.Message);
        Assert.Contains("phones", w.Fix);
    }

    [Fact]
    public void Numbers_in_text_are_found_in_every_written_form_and_only_when_valid()
    {
        var found = DirectoryPortal.Validate.NumbersInTextCheck.Find("Call 0808 2000 247 24 hours, +44 (0)20 7008 1500 abroad, 18001 0808 168 9111 by Relay UK, 2023 or 0123.").ToList();
        Assert.Equal(new[] { "+448082000247", "+442070081500", "+448081689111" }, found.Select(f => f.Dial));
        Assert.Equal("0808 2000 247", found[0].Written);
    }
}
