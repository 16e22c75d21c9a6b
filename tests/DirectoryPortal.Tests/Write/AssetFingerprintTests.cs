using System.Text;
using System.Text.RegularExpressions;
using DirectoryPortal.Pipeline;
using DirectoryPortal.Tests.Support;
using DirectoryPortal.Write;

namespace DirectoryPortal.Tests.Write;

/// Assets are named by their content, pages link to those names, and nothing still asks for an old name.
public class AssetFingerprintTests
{
    [Fact]
    public void A_name_carries_the_hash_of_the_content_before_the_extension()
    {
        var a = AssetFingerprints.Name("assets/search.js", "one"u8);
        Assert.Matches(@"^assets/search\.[0-9a-f]{10}\.js$", a);
        Assert.Equal(a, AssetFingerprints.Name("assets/search.js", "one"u8));
        Assert.NotEqual(a, AssetFingerprints.Name("assets/search.js", "two"u8));
        Assert.Matches(@"^assets/lunr\.min\.[0-9a-f]{10}\.js$", AssetFingerprints.Name("assets/lunr.min.js", "x"u8));
        Assert.Matches(@"^assets/LICENSE\.[0-9a-f]{10}$", AssetFingerprints.Name("assets/LICENSE", "x"u8));
        Assert.Matches(DirectoryPortal.Deploy.CachePolicy.FingerprintedPathPattern, "/" + a);
    }

    [Fact]
    public void A_style_sheet_points_at_the_new_names_of_the_files_it_uses_and_its_own_hash_covers_them()
    {
        var files = new Dictionary<string, byte[]>
        {
            ["assets/icons/tick.svg"] = "<svg/>"u8.ToArray(),
            ["assets/base.css"] = Encoding.UTF8.GetBytes(".a { background: url(icons/tick.svg); } .b { background: url('data:image/png;base64,AA'); } @import \"extra.css\";"),
            ["assets/extra.css"] = Encoding.UTF8.GetBytes(".c { background: url(\"./icons/tick.svg?v=1#x\"); }"),
            ["favicon.ico"] = [0, 0, 1, 0],
        };
        var output = new OutputFiles();
        var published = AssetFingerprints.Publish(files, output);
        Assert.Equal(["assets/base.css", "assets/extra.css", "assets/icons/tick.svg"], published.Keys.Order(StringComparer.Ordinal));
        Assert.True(output.Files.ContainsKey("favicon.ico")); // outside assets/: its own name
        var tick = published["assets/icons/tick.svg"];
        var extra = Encoding.UTF8.GetString(output.Files[published["assets/extra.css"]]);
        Assert.Contains($"url(\"{tick["assets/".Length..]}?v=1#x\")", extra);
        var baseCss = Encoding.UTF8.GetString(output.Files[published["assets/base.css"]]);
        Assert.Contains($"url({tick["assets/".Length..]})", baseCss);
        Assert.Contains("url('data:image/png;base64,AA')", baseCss);
        Assert.Contains($"@import \"{published["assets/extra.css"]["assets/".Length..]}\"", baseCss);

        // A changed icon changes the names of the sheets that use it, so no browser keeps an old sheet.
        files["assets/icons/tick.svg"] = "<svg></svg>"u8.ToArray();
        var again = AssetFingerprints.Publish(files, new OutputFiles());
        Assert.NotEqual(published["assets/base.css"], again["assets/base.css"]);
        Assert.NotEqual(published["assets/extra.css"], again["assets/extra.css"]);
    }

    [Fact]
    public void No_script_of_the_theme_loads_another_asset_by_its_own_name()
    {
        // A script that builds an asset's address from its own name ("assets/x.js") would ask for a file
        // that is not published; the page must hand it the name from Asset() instead (docs/publishing.md).
        var names = new ThemeAssetsNames().All;
        var scripts = Directory.EnumerateFiles(Repo.Theme, "*.js", SearchOption.AllDirectories)
            .Where(p => !p.Contains("node_modules", StringComparison.Ordinal)).ToList();
        Assert.NotEmpty(scripts);
        foreach (var script in scripts)
        {
            var code = Regex.Replace(File.ReadAllText(script), @"/\*.*?\*/|(?<![:\\])//[^\n]*", "", RegexOptions.Singleline);
            foreach (var name in names)
                Assert.False(Regex.IsMatch(code, "[\"'`/]" + Regex.Escape(name) + "[\"'`?#]"),
                    $"{script} names the asset '{name}' in its code; it is published under another name. Pass its address from the page (@Model.Asset(\"{name}\") in a data- attribute).");
        }
    }

    private sealed class ThemeAssetsNames
    {
        public IReadOnlyList<string> All { get; } = ThemeAssets.Collect(Repo.Theme, DirectoryPortal.Load.ContentLoader.Load(Repo.Content, new DirectoryPortal.Model.ProblemList(), themeDirectory: Repo.Theme)).Keys
            .Where(AssetFingerprints.Applies).Select(Path.GetFileName).Append(Path.GetFileName(DirectoryPortal.Index.SearchIndexWriter.OutputPath)).OfType<string>().ToList();
    }

    [Fact]
    public void A_template_that_names_an_asset_the_site_does_not_have_stops_the_build_naming_it()
    {
        using var t = new TempContent();
        t.Write("layouts/404.cshtml", """
            @model DirectoryPortal.Render.ListPage
            @{ Layout = "layouts/_layout"; }
            <h1>Not found</h1><script src="@Model.Asset("serach.js")"></script>
            """);
        var error = Assert.ThrowsAny<Exception>(() => Builds.Run(t.Content, t.Output));
        Assert.Contains("'assets/serach.js'", error.ToString());
        Assert.False(Directory.Exists(t.Output));
    }

    [Fact]
    public async Task Every_asset_a_built_page_names_is_published_and_no_other_file_is_left_in_assets()
    {
        using var t = new TempContent();
        Assert.True(Builds.Run(t.Content, t.Output).Succeeded);
        var files = Directory.EnumerateFiles(Path.Combine(t.Output, "assets")).Select(f => "assets/" + Path.GetFileName(f)).ToHashSet();
        var named = new HashSet<string>();
        foreach (var page in Directory.EnumerateFiles(t.Output, "*.html", SearchOption.AllDirectories))
            foreach (Match m in Regex.Matches(await File.ReadAllTextAsync(page), "(?:src|href)=\"(?:\\.\\./|/)*(assets/[^\"]+)\""))
                named.Add(m.Groups[1].Value);
        Assert.Subset(files, named);
        Assert.All(files, f => Assert.Matches(DirectoryPortal.Deploy.CachePolicy.FingerprintedPathPattern, "/" + f));
        // The theme's scripts and sheets and lunr.js are all named on some page (search.html names most).
        Assert.True(named.Count >= 8, string.Join(", ", named));
    }
}
