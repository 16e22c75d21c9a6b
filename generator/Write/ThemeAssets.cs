using System.Text;

namespace DirectoryPortal.Write;

/// Collects a theme's static files and component styles and scripts into the output.
public static class ThemeAssets
{
    /// Copies static/ (theme, then site overrides) and bundles components' CSS into assets/site.css.
    public static void Add(OutputFiles output, string themeDirectory, string contentDirectory)
    {
        foreach (var root in new[] { Path.Combine(themeDirectory, "static"), Path.Combine(contentDirectory, "static") })
        {
            if (!Directory.Exists(root)) continue;
            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                output.Add(Path.GetRelativePath(root, file).Replace('\\', '/'), File.ReadAllBytes(file));
        }

        var css = new StringBuilder();
        var components = Path.Combine(themeDirectory, "components");
        if (!Directory.Exists(components)) return;
        foreach (var dir in Directory.EnumerateDirectories(components).Order(StringComparer.Ordinal))
        {
            var component = Path.GetFileName(dir);
            foreach (var file in Directory.EnumerateFiles(dir, "*.css").Order(StringComparer.Ordinal))
                css.Append("/* ").Append(component).Append(" */\n").Append(File.ReadAllText(file).Replace("\r\n", "\n")).Append('\n');
            foreach (var file in Directory.EnumerateFiles(dir, "*.js").Order(StringComparer.Ordinal))
                output.Add($"assets/{Path.GetFileName(file)}", File.ReadAllBytes(file));
        }
        output.Add("assets/components.css", css.ToString());
    }
}
