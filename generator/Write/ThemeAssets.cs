using System.Text;
using DirectoryPortal.Load;
using DirectoryPortal.Model;

namespace DirectoryPortal.Write;

/// Collects a theme's static files and component styles and scripts, as the site will have them.
public static class ThemeAssets
{
    /// Largest file content/static/ may publish; a leaflet or a photo is far smaller.
    public const long MaxStaticBytes = 50L * 1024 * 1024;

    /// The theme's static/ files, then the site's checked content/static/ files (which may replace a theme
    /// file of the same name), the npm files in vendor.yml, each component's scripts, and the components'
    /// CSS bundled into assets/components.css, by their paths in the site.
    public static Dictionary<string, byte[]> Collect(string themeDirectory, ContentSet content)
    {
        var output = new Dictionary<string, byte[]>(StringComparer.Ordinal);
        var themeStatic = Path.Combine(themeDirectory, "static");
        if (Directory.Exists(themeStatic))
            foreach (var file in Directory.EnumerateFiles(themeStatic, "*", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
                output[Path.GetRelativePath(themeStatic, file).Replace('\\', '/')] = File.ReadAllBytes(file);
        foreach (var file in content.Static)
        {
            // StaticFileCheck has stopped the build already; this only makes sure.
            if (!Validate.StaticFileCheck.IsAllowed(file.OutputPath))
                throw new InvalidDataException($"content/static/{file.OutputPath} is not a kind of file the site may publish.");
            var problems = new ProblemList();
            var bytes = Load.ContentFile.ReadBytes(file.SourcePath, "static/" + file.OutputPath, problems, MaxStaticBytes)
                ?? throw new InvalidDataException(string.Join("; ", problems.Sorted()));
            output[file.OutputPath] = bytes;
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
