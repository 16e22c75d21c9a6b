using System.Reflection;
using System.Security.Cryptography;
using System.Text;
using Microsoft.CodeAnalysis.CSharp;
using Microsoft.CodeAnalysis.Emit;
using RazorLight.Compilation;
using RazorLight.Generation;

namespace DirectoryPortal.Render;

/// Keeps each compiled template on disk, keyed by a hash of the C# that Razor generated from it, so a
/// build pays Roslyn's two to three seconds only when a template (or the generator) actually changed.
public sealed class TemplateCache : ICompilationService, IPrecompileCallback
{
    private readonly RoslynCompilationService _roslyn;
    private readonly string? _folder;
    private readonly string _salt;

    /// <paramref name="folder"/> null turns the disk cache off: every template is compiled.
    public TemplateCache(IMetadataReferenceManager references, Assembly operatingAssembly, string? folder)
    {
        _roslyn = new RoslynCompilationService(references, operatingAssembly, this);
        _folder = folder;
        // Templates are compiled against our model types and these libraries: a new build of any of
        // them must not reuse an assembly compiled against the old one.
        _salt = string.Join('|', operatingAssembly.ManifestModule.ModuleVersionId,
            typeof(RoslynCompilationService).Assembly.ManifestModule.ModuleVersionId,
            typeof(CSharpCompilation).Assembly.ManifestModule.ModuleVersionId, Environment.Version);
    }

    /// The per-user folder used unless DIRECTORYPORTAL_TEMPLATE_CACHE says otherwise ("off" disables it).
    public static string? DefaultFolder()
    {
        var setting = Environment.GetEnvironmentVariable("DIRECTORYPORTAL_TEMPLATE_CACHE");
        if (string.Equals(setting, "off", StringComparison.OrdinalIgnoreCase)) return null;
        if (!string.IsNullOrEmpty(setting)) return setting;
        // Per user, never a shared temp folder: whoever can write here can run code in our builds.
        var root = Environment.GetEnvironmentVariable("XDG_CACHE_HOME") is { Length: > 0 } xdg ? xdg
            : OperatingSystem.IsWindows() ? Environment.GetFolderPath(Environment.SpecialFolder.LocalApplicationData)
            : Path.Combine(Environment.GetFolderPath(Environment.SpecialFolder.UserProfile), ".cache");
        return string.IsNullOrEmpty(root) ? null : Path.Combine(root, "directoryportal", "templates");
    }

    public CSharpCompilationOptions CSharpCompilationOptions => _roslyn.CSharpCompilationOptions;
    public EmitOptions EmitOptions => _roslyn.EmitOptions;
    public CSharpParseOptions ParseOptions => _roslyn.ParseOptions;
    public Assembly OperatingAssembly => _roslyn.OperatingAssembly;

    /// How many templates came from disk and how many Roslyn compiled, for `build --timings` and tests.
    public int Hits => _hits;
    public int Compiled => _compiled;
    private int _hits, _compiled;

    public Assembly CompileAndEmit(IGeneratedRazorTemplate razorTemplate)
    {
        var path = PathFor(razorTemplate);
        if (path is not null && File.Exists(path))
        {
            try
            {
                var assembly = Assembly.Load(File.ReadAllBytes(path));
                Interlocked.Increment(ref _hits);
                return assembly;
            }
            catch (Exception ex) when (ex is BadImageFormatException or IOException or UnauthorizedAccessException)
            {
                // A damaged or unreadable entry is compiled again and replaced.
            }
        }
        Interlocked.Increment(ref _compiled);
        return _roslyn.CompileAndEmit(razorTemplate);
    }

    /// Called by Roslyn's service with the bytes it has just emitted.
    void IPrecompileCallback.Invoke(IGeneratedRazorTemplate generatedRazorTemplate, byte[] rawAssembly, byte[] rawSymbolStore)
    {
        var path = PathFor(generatedRazorTemplate);
        if (path is null) return;
        try
        {
            CreatePrivateFolder(_folder!);
            // Written aside and moved in, so a build running at the same time never reads half a file.
            var temp = $"{path}.{Environment.ProcessId}.{Guid.NewGuid():N}.tmp";
            File.WriteAllBytes(temp, rawAssembly);
            File.Move(temp, path, overwrite: true);
        }
        catch (Exception ex) when (ex is IOException or UnauthorizedAccessException)
        {
            // The cache only saves time; a build never fails because it cannot be written.
        }
    }

    private string? PathFor(IGeneratedRazorTemplate template)
    {
        if (_folder is null) return null;
        var hash = SHA256.HashData(Encoding.UTF8.GetBytes(_salt + "\n" + template.GeneratedCode));
        return Path.Combine(_folder, Convert.ToHexStringLower(hash) + ".dll");
    }

    private static void CreatePrivateFolder(string folder)
    {
        if (Directory.Exists(folder)) return;
        if (OperatingSystem.IsWindows()) Directory.CreateDirectory(folder);
        else Directory.CreateDirectory(folder, UnixFileMode.UserRead | UnixFileMode.UserWrite | UnixFileMode.UserExecute);
    }
}
