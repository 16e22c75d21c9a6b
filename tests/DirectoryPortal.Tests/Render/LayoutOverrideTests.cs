using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.Render;

/// A site can replace one template of the theme and keep the rest.
public class LayoutOverrideTests
{
    [Fact]
    public void A_site_layout_overrides_only_that_template()
    {
        using var t = new TempContent();
        t.Write("layouts/404.cshtml", """
            @model DirectoryPortal.Render.ListPage
            @{ Layout = "layouts/_layout"; }
            <h1>Our own not-found page</h1>
            """);
        var result = Builds.Run(t.Content, t.Output);
        Assert.True(result.Succeeded, string.Join("\n", result.Problems));
        Assert.Equal("Our own not-found page", Builds.Page(t.Output, "404.html").QuerySelector("h1")!.TextContent);
        // The theme's layout still wraps it, and other pages are the theme's.
        Assert.NotNull(Builds.Page(t.Output, "404.html").QuerySelector("[data-quick-exit]"));
        Assert.Equal("Test Helpline", Builds.Page(t.Output, "services/test-helpline/index.html").QuerySelector("h1")!.TextContent);
    }

    [Fact]
    public void A_site_component_overrides_the_theme_component()
    {
        using var t = new TempContent();
        t.Write("components/emergency-notice/emergency-notice.cshtml", """
            @model DirectoryPortal.Render.PageModel
            <aside class="emergency-notice" aria-label="Emergency help"><p>Custom notice:</p>@Raw(Model.Site.EmergencyNoticeHtml(Model.Link("")))</aside>
            """);
        var result = Builds.Run(t.Content, t.Output);
        Assert.True(result.Succeeded);
        Assert.Contains("Custom notice", Builds.Page(t.Output, "index.html").QuerySelector(".emergency-notice")!.TextContent);
    }
}
