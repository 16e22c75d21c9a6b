using System.Text;
using DirectoryPortal.Bench.Synthetic;
using DirectoryPortal.Model;

namespace DirectoryPortal.Bench.Hugo;

/// Lays out a Hugo site from the benchmark's templates, the theme's static files and the synthetic records.
public static class HugoSite
{
    /// <paramref name="templates"/> is tests/DirectoryPortal.Bench/hugo-site; <paramref name="theme"/> is themes/default.
    public static void Write(SynthDirectory directory, Taxonomy taxonomy, string templates, string theme, string target)
    {
        if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
        CopyTree(templates, target);
        CopyStatic(theme, Path.Combine(target, "static", "assets"));

        var content = Path.Combine(target, "content");
        Write(content, "_index.md", HugoContentWriter.Stub("Home"));
        Write(content, "a-z.md", HugoContentWriter.Stub("A to Z of services", "layout: a-z"));
        Write(content, "print.md", HugoContentWriter.Stub("The whole directory (printable)", "layout: print"));
        Write(content, "search.md", HugoContentWriter.Stub("Search the directory", "layout: search"));
        // The section page is not rendered: DirectoryPortal's A-Z is the list of services.
        Write(content, "services/_index.md", HugoContentWriter.Stub("Services", "_build:", "  render: never"));
        Write(content, "guidance/_index.md", HugoContentWriter.Stub("Information and advice"));
        Write(content, "categories/_index.md", HugoContentWriter.Stub("Find help by need"));
        foreach (var c in taxonomy.Categories)
            Write(content, $"categories/{c.Slug}/_index.md", HugoContentWriter.Stub(c.Name, "description: " + Yaml.Q(c.Description)));
        foreach (var s in directory.Services) Write(content, $"services/{s.Slug}.md", HugoContentWriter.Service(s));
        foreach (var g in directory.Guidance) Write(content, $"guidance/{g.Slug}.md", HugoContentWriter.Guidance(g));
    }

    private static void Write(string root, string relative, string text)
    {
        var path = Path.Combine(root, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text);
    }

    private static void CopyTree(string from, string to)
    {
        foreach (var file in Directory.EnumerateFiles(from, "*", SearchOption.AllDirectories))
        {
            var dest = Path.Combine(to, Path.GetRelativePath(from, file));
            Directory.CreateDirectory(Path.GetDirectoryName(dest)!);
            File.Copy(file, dest);
        }
    }

    /// The same CSS and script files DirectoryPortal ships, so output sizes compare like with like.
    private static void CopyStatic(string theme, string assets)
    {
        Directory.CreateDirectory(assets);
        var themeStatic = Path.Combine(theme, "static", "assets");
        if (Directory.Exists(themeStatic)) CopyTree(themeStatic, assets);
        var css = new StringBuilder();
        var components = Path.Combine(theme, "components");
        if (!Directory.Exists(components)) return;
        foreach (var dir in Directory.EnumerateDirectories(components).Order(StringComparer.Ordinal))
        {
            foreach (var file in Directory.EnumerateFiles(dir, "*.css").Order(StringComparer.Ordinal)) css.Append(File.ReadAllText(file)).Append('\n');
            foreach (var file in Directory.EnumerateFiles(dir, "*.js")) File.Copy(file, Path.Combine(assets, Path.GetFileName(file)), overwrite: true);
        }
        File.WriteAllText(Path.Combine(assets, "components.css"), css.ToString());
    }
}
