namespace DirectoryPortal.Tests.Support;

/// Finds the repository's folders from wherever the tests run.
public static class Repo
{
    public static string Root { get; } = FindRoot();

    public static string Content => Path.Combine(Root, "content");
    public static string Theme => Path.Combine(Root, "themes", "default");

    private static string FindRoot()
    {
        var dir = new DirectoryInfo(AppContext.BaseDirectory);
        while (dir is not null && !File.Exists(Path.Combine(dir.FullName, "DirectoryPortal.sln"))) dir = dir.Parent;
        return dir?.FullName ?? throw new InvalidOperationException("DirectoryPortal.sln not found above " + AppContext.BaseDirectory);
    }
}
