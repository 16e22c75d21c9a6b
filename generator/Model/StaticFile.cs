namespace DirectoryPortal.Model;

/// A file from content/static/: where it is published (relative to the site root) and where it is now.
public sealed record StaticFile(string OutputPath, string SourcePath);
