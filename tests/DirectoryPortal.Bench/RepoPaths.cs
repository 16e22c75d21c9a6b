namespace DirectoryPortal.Bench;

/// Where the benchmark finds the repository's parts, whatever folder it is started from.
public sealed record RepoPaths(string Root)
{
    public string ShippedContent => Path.Combine(Root, "content");
    public string Theme => Path.Combine(Root, "themes", "default");
    public string HugoTemplates => Path.Combine(Root, "tests", "DirectoryPortal.Bench", "hugo-site");
    /// The CLI as `dotnet build -c Release` leaves it; building this project in Release builds it too.
    public string GeneratorDll => Path.Combine(Root, "generator", "bin", "Release", "net10.0", "directoryportal.dll");

    /// Walks up from the current folder, then from the benchmark's own folder, to the one holding DirectoryPortal.sln.
    public static RepoPaths Find()
    {
        foreach (var start in new[] { Directory.GetCurrentDirectory(), AppContext.BaseDirectory })
        {
            for (var dir = new DirectoryInfo(start); dir is not null; dir = dir.Parent)
                if (File.Exists(Path.Combine(dir.FullName, "DirectoryPortal.sln"))) return new RepoPaths(dir.FullName);
        }
        throw new DirectoryNotFoundException("Could not find DirectoryPortal.sln above the current folder.");
    }
}
