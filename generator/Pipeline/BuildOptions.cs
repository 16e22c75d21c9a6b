namespace DirectoryPortal.Pipeline;

/// Where a build reads from and writes to, and the date it treats as today.
public sealed record BuildOptions(string ContentDirectory, string ThemeDirectory, string OutputDirectory)
{
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    /// Also write a .gz and a .br copy of each text file, for servers that send them as they are.
    public bool Precompress { get; init; }

    /// Folder for compiled templates kept between builds; null compiles them every time.
    public string? TemplateCacheDirectory { get; init; } = Render.TemplateCache.DefaultFolder();
}
