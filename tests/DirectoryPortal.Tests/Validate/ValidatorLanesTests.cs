using DirectoryPortal.Model;
using DirectoryPortal.Pipeline;
using DirectoryPortal.Tests.Support;
using DirectoryPortal.Validate;

namespace DirectoryPortal.Tests.Validate;

/// The checks that only read run on another core beside the rest; what they report is exactly what the same
/// checks report one after another, and the phones the other checks fill in are filled in.
public class ValidatorLanesTests
{
    /// Hides that a check only reads, so the validator runs it in sequence with the others.
    private sealed class InSequence(IContentCheck inner) : IContentCheck
    {
        public void Check(ContentSet content, CheckContext context) => inner.Check(content, context);
    }

    [Fact]
    public void Checks_run_alongside_report_what_they_report_in_sequence()
    {
        using var t = new TempContent();
        // Problems for checks of both kinds: a phone (PhoneCheck), a disallowed and a broken link
        // (MarkdownCheck, LinkCheck), a number no record holds (NumbersInTextCheck), a static script (StaticFileCheck).
        t.Write("services/test-helpline.yml", TempContent.ServiceYml.Replace("\"0808 2000 247\"", "\"0808 2000 24\"")
            + "\ndetails: |\n  See [this](javascript:alert(1)) and [that](../no-such-page/) or call 020 7946 0999.\n");
        t.Write("static/x.js", "alert(1)");
        var alongside = SiteBuilder.Check(t.Content, Checking.Today).Problems.Sorted();
        var inSequence = SiteBuilder.Check(t.Content, Checking.Today, new ContentValidator(
            ContentValidator.Default.Checks.Select(c => (IContentCheck)new InSequence(c)))).Problems.Sorted();
        Assert.True(alongside.Count >= 4, string.Join("\n", alongside));
        Assert.Contains(alongside, p => p.Field == "phones[0].number");
        Assert.Contains(alongside, p => p.File == "static/x.js");
        Assert.Equal(inSequence, alongside);
    }

    [Fact]
    public void Phones_are_filled_in_when_the_checks_are_done()
    {
        using var t = new TempContent();
        var (content, problems) = SiteBuilder.Check(t.Content, Checking.Today);
        Assert.False(problems.HasErrors);
        Assert.All(content.Services.SelectMany(s => s.Phones), p => Assert.Matches("^(tel|sms):\\+?[0-9]+$", p.Href));
    }
}
