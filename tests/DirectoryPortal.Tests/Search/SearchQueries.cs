using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.Search;

/// The realistic queries in queries.txt, each with the page it must find in the top three.
public static class SearchQueries
{
    public static IReadOnlyList<(string Query, string Expected)> All { get; } =
        File.ReadAllLines(Path.Combine(Repo.Root, "tests", "DirectoryPortal.Tests", "Search", "queries.txt"))
            .Where(l => l.Contains('|') && !l.TrimStart().StartsWith('#'))
            .Select(l => l.Split('|'))
            .Select(p => (p[0].Trim(), p[1].Trim()))
            .ToList();
}
