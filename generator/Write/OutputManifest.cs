using System.Text;
using DirectoryPortal.Disk;

namespace DirectoryPortal.Write;

/// The list of files a build wrote into the output folder, kept in the folder itself. The generator
/// replaces or removes only files named here: anything else in the folder is someone else's.
public sealed class OutputManifest
{
    public const string FileName = ".directoryportal-manifest";
    private const string Header = "directoryportal manifest 1";
    // Far more than a 10,000-service site needs (about 0.5 MB), small enough to read at once.
    private const long MaxBytes = 64L * 1024 * 1024;

    public OutputManifest(IEnumerable<string> files) => Files = files.ToHashSet(StringComparer.Ordinal);

    /// Paths relative to the output folder, with '/' between folders; the manifest itself is not listed.
    public IReadOnlySet<string> Files { get; }

    /// The manifest in <paramref name="folder"/>, or null when there is none (or it is not one of ours).
    /// Lines that are not plain relative paths are ignored: a manifest can never point outside its folder.
    public static OutputManifest? Read(string folder)
    {
        var path = Path.Combine(folder, FileName);
        var info = EntryInfo.Of(path);
        if (info.Kind != EntryKind.File || info.Size > MaxBytes) return null;
        string[] lines;
        try { lines = File.ReadAllText(path, Encoding.UTF8).Split('\n'); }
        catch (IOException) { return null; }
        catch (UnauthorizedAccessException) { return null; }
        if (lines.Length < 1 || lines[0] != Header) return null;
        return new OutputManifest(lines.Skip(1).Where(IsPlainRelativePath));
    }

    public byte[] ToBytes()
    {
        var text = new StringBuilder();
        text.Append(Header).Append('\n');
        foreach (var file in Files.Order(StringComparer.Ordinal)) text.Append(file).Append('\n');
        return Encoding.UTF8.GetBytes(text.ToString());
    }

    public static bool IsPlainRelativePath(string path) =>
        path.Length > 0 && path[0] != '/' && !path.Contains('\\') && !path.Contains(':') && path != FileName &&
        path.Split('/').All(part => part.Length > 0 && part != "." && part != "..") && !path.Any(char.IsControl);
}
