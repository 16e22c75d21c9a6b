using AngleSharp.Html.Dom;
using AngleSharp.Html.Parser;
using DirectoryPortal.Pipeline;

namespace DirectoryPortal.Tests.Support;

/// Builds sites with the real theme and parses their pages.
public static class Builds
{
    public static BuildResult Run(string content, string output, string? theme = null, bool precompress = false) =>
        new SiteBuilder(new BuildOptions(content, theme ?? Repo.Theme, output) { Today = Checking.Today, Precompress = precompress })
            .BuildAsync().GetAwaiter().GetResult();

    /// The path a build published the asset at <paramref name="path"/> under ("assets/search-index.js" went
    /// out as "assets/search-index.1a2b3c4d5e.js"), from the build's list of files.
    public static string Published(IEnumerable<string> files, string path)
    {
        var dot = path.LastIndexOf('.');
        var pattern = new System.Text.RegularExpressions.Regex("^" + System.Text.RegularExpressions.Regex.Escape(path[..dot]) + @"\.[0-9a-f]{10}" + System.Text.RegularExpressions.Regex.Escape(path[dot..]) + "$");
        return files.Single(pattern.IsMatch);
    }

    public static IHtmlDocument Page(string output, string relative) =>
        new HtmlParser().ParseDocument(File.ReadAllText(Path.Combine(output, relative)));
}
