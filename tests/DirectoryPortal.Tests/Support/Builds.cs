using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using DirectoryPortal.Pipeline;

namespace DirectoryPortal.Tests.Support;

/// Builds sites with the real theme and parses their pages.
public static class Builds
{
    public static BuildResult Run(string content, string output, string? theme = null) =>
        new SiteBuilder(new BuildOptions(content, theme ?? Repo.Theme, output) { Today = Checking.Today })
            .BuildAsync().GetAwaiter().GetResult();

    public static IHtmlDocument Page(string output, string relative) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, relative)));
}
