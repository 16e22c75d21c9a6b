using System.Text;
using DirectoryPortal.Load;
using DirectoryPortal.Model;

namespace DirectoryPortal.Write;

/// Collects a theme's static files and component styles and scripts, as the site will have them.
public static class ThemeAssets
{
    /// The files of static/ (theme, then site overrides), the npm files in vendor.yml, each component's
    /// scripts, and the components' CSS bundled into assets/components.css, by their paths in the site.
    public static Dictionary<string, byte[]> Collect(string themeDirectory, string contentDirectory)
    {
        var output = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        foreach (var root in new[] { Path.Combine(themeDirectory, "static"), Path.Combine(contentDirectory, "static") })
        {
            if (!Directory.Exists(root)) continue;
            foreach (var file in Directory.EnumerateFiles(root, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                output[Path.GetRelativePath(root, file).Replace('\\', '/')] = File.ReadAllBytes(file);
        }

        AddVendorFiles(output, themeDirectory);

        var css = new StringBuilder();
        var components = Path.Combine(themeDirectory, "components");
        if (!Directory.Exists(components)) return output;
        foreach (var dir in Directory.EnumerateDirectories(components).Order(StringComparer.Ordinal))
        {
            var component = Path.GetFileName(dir);
            foreach (var file in Directory.EnumerateFiles(dir, "*.css").Order(StringComparer.Ordinal))
                css.Append("/* ").Append(component).Append(" */\n").Append(File.ReadAllText(file).Replace("\r\n", "\n")).Append('\n');
            foreach (var file in Directory.EnumerateFiles(dir, "*.js").Order(StringComparer.Ordinal))
                output[$"assets/{Path.GetFileName(file)}"] = File.ReadAllBytes(file);
        }
        output["assets/components.css"] = Encoding.UTF8.GetBytes(css.ToString());
        return output;
    }

    /// Copies the npm files the theme lists in vendor.yml; a missing one stops the build with the fix.
    private static void AddVendorFiles(Dictionary<string, byte[]> output, string themeDirectory)
    {
        var path = Path.Combine(themeDirectory, "vendor.yml");
        if (!File.Exists(path)) return;
        var problems = new ProblemList();
        var list = ContentLoader.BindRecord<VendorFiles>(File.ReadAllText(path), "vendor.yml", problems);
        if (list is null || problems.HasErrors)
            throw new InvalidDataException($"{path}: " + string.Join("; ", problems.Sorted()));
        foreach (var file in list.Files)
        {
            var source = Path.GetFullPath(Path.Combine(themeDirectory, file.From));
            if (!File.Exists(source))
                throw new FileNotFoundException(
                    $"The theme needs {file.From}, which is not installed. Run 'npm ci' in {themeDirectory} (building the generator does this on a fresh clone).", source);
            output[file.To] = File.ReadAllBytes(source);
        }
    }
}
