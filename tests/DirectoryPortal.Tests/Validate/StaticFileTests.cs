using DirectoryPortal.Model;
using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.Validate;

/// content/static/ publishes only inert files, and never in place of something the generator makes.
public class StaticFileTests
{
    [Theory]
    [InlineData("evil.html")]
    [InlineData("evil.htm")]
    [InlineData("assets/evil.js")]
    [InlineData("evil.mjs")]
    [InlineData("logo.svg")]
    [InlineData("feed.xml")]
    [InlineData("page.xhtml")]
    [InlineData("app.wasm")]
    [InlineData("assets/site.css")]
    [InlineData("README")]
    public void Active_or_unknown_kinds_of_file_are_refused(string path)
    {
        using var t = new TempContent();
        t.Write("static/" + path, "<script>alert(1)</script>");
        var result = Builds.Run(t.Content, t.Output);
        Assert.False(result.Succeeded);
        var p = Assert.Single(result.Problems, p => p.Severity == Severity.Error);
        Assert.Equal("static/" + path, p.File);
        Assert.Contains("may not be published from content/static/", p.Message);
        Assert.False(File.Exists(Path.Combine(t.Output, path)));
    }

    [Fact]
    public void Images_pdfs_and_text_are_published()
    {
        using var t = new TempContent();
        t.Write("static/leaflets/help.pdf", "%PDF-1.4");
        t.Write("static/images/logo.png", "png");
        t.Write("static/.well-known/security.txt", "Contact: mailto:security@example.org");
        var result = Builds.Run(t.Content, t.Output);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.True(File.Exists(Path.Combine(t.Output, "leaflets", "help.pdf")));
        Assert.True(File.Exists(Path.Combine(t.Output, "images", "logo.png")));
        Assert.True(File.Exists(Path.Combine(t.Output, ".well-known", "security.txt")));
    }

    [Fact]
    public void A_static_file_may_not_replace_a_generated_page_and_the_error_names_both()
    {
        using var t = new TempContent();
        t.Write("static/robots.txt", "User-agent: *\nDisallow: /");
        t.Write("static/guidance/index.html", "<p>replaced</p>");
        var errors = Checking.WithTheme(t.Content).Where(p => p.Severity == Severity.Error).ToList();
        Assert.Contains(errors, p => p.File == "static/robots.txt" && p.Message.Contains("would replace") && p.Message.Contains("robots.txt"));
        Assert.Contains(errors, p => p.File == "static/guidance/index.html" && p.Message.Contains("would replace the generated page 'Information and advice'"));
    }
}
