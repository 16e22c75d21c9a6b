using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.Search;

/// The realistic queries in queries.txt (English) and queries.&lt;code&gt;.txt (each other language), each with the page
/// it must find in the top three.
public static class SearchQueries
{
    public static IReadOnlyList<(string Query, string Expected)> All { get; } = Read("queries.txt");

    /// The languages that have a query file of their own, besides English.
    public static IReadOnlyList<string> Languages { get; } =
        Directory.EnumerateFiles(Folder, "queries.*.txt").Select(f => Path.GetFileName(f).Split('.')[1]).Order(StringComparer.Ordinal).ToList();

    /// A language's queries; English's for "en". The expected pages are paths inside that language's site.
    public static IReadOnlyList<(string Query, string Expected)> For(string code) => code == "en" ? All : Read($"queries.{code}.txt");

    private static string Folder => Path.Combine(Repo.Root, "tests", "DirectoryPortal.Tests", "Search");

    private static List<(string Query, string Expected)> Read(string file) =>
        File.ReadAllLines(Path.Combine(Folder, file))
            .Where(l => l.Contains('|') && !l.TrimStart().StartsWith('#'))
            .Select(l => l.Split('|'))
            .Select(p => (p[0].Trim(), p[1].Trim()))
            .ToList();
}
