namespace DirectoryPortal.Pipeline;

/// Where a build reads from and writes to, and the date it treats as today.
public sealed record BuildOptions(string ContentDirectory, string ThemeDirectory, string OutputDirectory)
{
    public DateOnly Today { get; init; } = DateOnly.FromDateTime(DateTime.UtcNow);

    /// Folder for compiled templates kept between builds; null compiles them every time.
    public string? TemplateCacheDirectory { get; init; } = Render.TemplateCache.DefaultFolder();
}
