using System.Text;
using System.Text.Json;
using DirectoryPortal.Index;
using DirectoryPortal.Index.Languages;
using DirectoryPortal.Pipeline;
using DirectoryPortal.Render;
using DirectoryPortal.Tests.Index.Languages;
using DirectoryPortal.Tests.EndToEnd;
using DirectoryPortal.Tests.Search;
using DirectoryPortal.Tests.Support;
using Xunit.Abstractions;

namespace DirectoryPortal.Tests.Index;

/// A split index, read by the theme's search-reader.js in node, finds what lunr.js 2.3.9 finds with the
/// whole index built by lunr itself: the same documents, in the same order, with the same scores.
public sealed class SplitIndexTests(ITestOutputHelper output) : IDisposable
{
    private readonly List<string> _temporary = [];

    public void Dispose()
    {
        foreach (var dir in _temporary) Directory.Delete(dir, recursive: true);
    }

    // lunr's query syntax, so every kind of clause is covered: fields, boosts, required and prohibited terms,
    // wildcards anywhere, edit distances.
    private static readonly string[] SyntaxQueries = [.. LunrGeneratedIndexTests.Queries, "-abuse", "+help", "title:help^3 body:help"];

    [Fact]
    public void A_generated_directory_split_into_many_parts_searches_exactly_as_lunr_with_the_whole_index()
    {
        var names = LargeVocabularyCorpus.Names(seed: 31, count: 5000);
        var documents = LargeVocabularyCorpus.Create(3000, seed: 31, names);
        var corpus = new LunrIndexBuilder(GeneratedCorpus.Fields).Corpus(documents);
        var store = documents.Select(d => Encoding.UTF8.GetBytes($"{{\"ref\":{LunrOracle.Quote(d.Ref)}}}")).ToList();
        IReadOnlyList<byte[]> Column(Func<int, string> value) => documents.Select((d, i) => Encoding.UTF8.GetBytes(value(i))).ToList();
        // Flags that differ from document to document (the reader counts six to a character, so across its edges too), and values.
        var filters = new SearchFilters(
            [("third", documents.Select((d, i) => i % 3 == 0).ToArray()), ("c=seventh", documents.Select((d, i) => i % 7 == 2).ToArray())],
            [("i", Column(i => $"{i}")), ("r", Column(i => LunrOracle.Quote(documents[i].Ref)))]);
        var files = SplitIndexWriter.Write(corpus, "assets/search-index.js", "en", store, filters, "{}"u8.ToArray(), inline: false);
        // The vocabulary is every term, sorted as lunr sorts them, and comes back whole from its front-coded form.
        Assert.Equal(corpus.Terms.Select(t => t.Text).Order(StringComparer.Ordinal), SearchIndexScript.Terms(Encoding.UTF8.GetString(files[0].Bytes)));
        int termParts = files.Count(f => f.Path.Contains("/t", StringComparison.Ordinal));
        Assert.True(termParts >= 40, $"only {termParts} term parts");

        // Typed as people type: whole names, names with a letter dropped, swapped or changed (at the start too,
        // where a misspelling reaches across the vocabulary), the first letters of a name, and several words.
        var random = new Random(5);
        var pageQueries = new List<string> { "housing advice", "forced marrage", "counselling", "domestic violence help", "020", "women's refuge" };
        foreach (var name in names.Where(n => n.Length >= 6).Take(400).OrderBy(_ => random.Next()).Take(14))
        {
            int at = random.Next(1, name.Length - 1);
            pageQueries.Add(name);
            pageQueries.Add(name.Remove(at, 1));
            pageQueries.Add(name[..at] + name[at + 1] + name[at] + name[(at + 2)..]);
            pageQueries.Add("x" + name[1..]);
            pageQueries.Add(name[..3]);
            pageQueries.Add("legal " + name[..^1]);
        }

        var manifest = SplitIndexOracle.WriteFiles(files, Temp());
        using var comparison = LunrOracle.Split(SplitIndexOracle.CorpusJson(GeneratedCorpus.Fields, documents, SyntaxQueries, pageQueries), manifest);
        var queries = SplitIndexOracle.Queries(comparison);
        Assert.Equal([.. SyntaxQueries, .. pageQueries], queries);
        LunrIndexAssert.SameSearchResults(comparison, queries, minimumQueriesWithResults: queries.Count * 3 / 4,
            "forc*", "marrage~1", "+abuse -child", "-abuse", pageQueries[6], pageQueries[7], pageQueries[8]);

        // The store and filter values come back for the right documents.
        var root = comparison.RootElement;
        var refs = root.GetProperty("refs").EnumerateArray().Select(r => r.GetString()).ToList();
        Assert.Equal(documents.Select(d => d.Ref), refs);
        Assert.Equal(refs, root.GetProperty("docs").EnumerateArray().Select(d => d.GetProperty("ref").GetString()));
        Assert.Equal(Enumerable.Range(0, refs.Count), root.GetProperty("filters").EnumerateArray().Select(d => d.GetProperty("i").GetInt32()));
        Assert.Equal(refs, root.GetProperty("filters").EnumerateArray().Select(d => d.GetProperty("r").GetString()));
        Assert.Equal(refs.Select((r, i) => i % 3 == 0), root.GetProperty("filters").EnumerateArray().Select(d => d.GetProperty("third").GetBoolean()));
        Assert.Equal(refs.Select((r, i) => i % 7 == 2), root.GetProperty("filters").EnumerateArray().Select(d => d.GetProperty("c=seventh").GetBoolean()));
        // A value no document holds holds for none; a test the index does not know is an error.
        Assert.All(root.GetProperty("filterUnheld").EnumerateArray(), held => Assert.False(held.GetBoolean()));
        Assert.Contains("no filter", root.GetProperty("filterUnknown").GetString());
        // Each filter is a part of its own: asked for alone, it loads one file and gives that answer only.
        var byField = root.GetProperty("filterFieldFiles");
        Assert.Equal(["third", "c=seventh", "i", "r"], byField.EnumerateObject().Select(p => p.Name));
        Assert.All(byField.EnumerateObject(), p =>
        {
            Assert.Equal(1, p.Value.GetProperty("files").GetInt32());
            Assert.Equal([p.Name], p.Value.GetProperty("fields").EnumerateArray().Select(f => f.GetString()));
        });

        // Each query's first ten entries are its first ten results', whether they came carried beside the term parts
        // or from the store; for a whole word (not a misspelling or the start of one), the carried entries usually
        // hold them all.
        var first = root.GetProperty("first").EnumerateArray().ToList();
        Assert.Equal(queries.Count - SyntaxQueries.Length, first.Count);
        int words = 0, carriedAll = 0;
        for (int q = 0; q < first.Count; q++)
        {
            var refsShown = first[q].GetProperty("refs").EnumerateArray().Select(r => r.GetString()).ToList();
            Assert.Equal(refsShown, first[q].GetProperty("docs").EnumerateArray().Select(d => d.GetProperty("ref").GetString()));
            var typed = queries[SyntaxQueries.Length + q];
            if (!(names.Contains(typed) || typed == "counselling") || refsShown.Count == 0) continue;
            words++;
            output.WriteLine($"{typed}: {first[q].GetProperty("searchFiles").GetInt32()} file(s) to search, {first[q].GetProperty("storeFiles").GetInt32()} store file(s)");
            if (first[q].GetProperty("storeFiles").GetInt32() == 0) carriedAll++;
            else output.WriteLine($"not all carried: {typed} ({first[q].GetProperty("storeFiles").GetInt32()} store file(s) loaded)");
        }
        output.WriteLine($"{carriedAll} of {words} whole-word queries drew their first ten results from the carried entries alone");
        Assert.True(words >= 10 && carriedAll * 4 >= words * 3, $"{carriedAll} of {words} whole-word queries had their first results carried");

        // A common word is a term part of its own and carries its likely results in it: one file a word, not two.
        var ownParts = root.GetProperty("ownParts").EnumerateArray().ToList();
        Assert.True(ownParts.Count >= 3, $"only {ownParts.Count} term parts of one term");
        Assert.All(ownParts, p =>
        {
            Assert.Equal(1, p.GetProperty("files").GetInt32());
            Assert.True(p.GetProperty("results").GetInt32() > 0);
            Assert.Equal(Math.Min(SplitIndexWriter.CarriedResults, p.GetProperty("results").GetInt32()), p.GetProperty("carried").GetInt32());
        });
        Report(comparison, termParts);
    }

    // Each language's search pipeline (lunr-languages' stemmers, our trimmer and folds) runs in the reader as in
    // lunr: the manifest names it and the reader loads it by name, so a query expands to the same terms.
    [Theory]
    [MemberData(nameof(LanguageWords.CodeData), MemberType = typeof(LanguageWords))]
    public void Each_languages_split_index_searches_as_lunr_with_lunr_languages_and_the_whole_index(string code)
    {
        var language = LunrLanguage.For(code);
        var documents = LanguageCorpus.Create(code);
        var corpus = new LunrIndexBuilder(GeneratedCorpus.Fields, language).Corpus(documents);
        var store = documents.Select(d => Encoding.UTF8.GetBytes($"{{\"ref\":{LunrOracle.Quote(d.Ref)}}}")).ToList();
        // Small term parts, so a language's queries reach across many of them.
        var files = SplitIndexWriter.Write(corpus, "assets/search-index.js", code, store, new SearchFilters([], [("s", store)]), "{}"u8.ToArray(), inline: false, termPartBytes: 1500);
        int termParts = files.Count(f => f.Path.Contains("/t", StringComparison.Ordinal));
        Assert.True(termParts >= 15, $"only {termParts} term parts");
        Assert.Contains("\"p\":[" + string.Join(',', language.PipelineNames.Select(LunrOracle.Quote)) + "]", Encoding.UTF8.GetString(files[0].Bytes));

        var queries = LanguageIndexTests.Queries(code);
        var manifest = SplitIndexOracle.WriteFiles(files, Temp());
        using var comparison = LunrOracle.Split(SplitIndexOracle.CorpusJson(GeneratedCorpus.Fields, documents, queries, [], languageJson: LanguageOracle.Site(language)), manifest);
        LunrIndexAssert.SameSearchResults(comparison, queries, minimumQueriesWithResults: queries.Count * 2 / 3);
        Report(comparison, termParts);
    }

    [Fact]
    public void The_shipped_directory_split_searches_as_lunr_on_the_search_pages_queries()
    {
        var (site, documents) = ShippedSite();
        site.Content.Site.SearchSplitAbove = 0;
        var files = new SearchIndexWriter().Write(site);
        Assert.True(files.Count > 3, $"{files.Count} files");
        Assert.All(files.Skip(1), f => Assert.StartsWith("assets/search-index-parts/", f.Path));
        var comparison = CompareWithLunr(site, documents, files);
        using (comparison) Report(comparison, files.Count(f => f.Path.Contains("/t", StringComparison.Ordinal)));
    }

    // Every language's site of the shipped content, its index split into parts: put back together it is byte for byte
    // what lunr with lunr-languages builds, and the page's own query code (search-query.js, its language's pipelines, the
    // English words beside them, synonyms, languages' names) finds the same in the same order on both, for the
    // language's realistic queries and the English ones.
    [Theory]
    [MemberData(nameof(ShippedSiteTests.ShippedLanguages), MemberType = typeof(ShippedSiteTests))]
    public void Each_languages_shipped_site_split_searches_as_lunr_with_the_pages_query_code(string code)
    {
        var (content, problems) = SiteBuilder.Check(Repo.Content, Checking.Today, themeDirectory: Repo.Theme);
        Assert.False(problems.HasErrors);
        content.Site.SearchSplitAbove = 0;
        var sites = SiteSearchOracle.Sites(content);
        var site = sites.Single(s => s.Language.Code == code);
        Assert.Equal(0, site.Content.Site.SearchSplitThreshold);
        var language = LunrLanguage.ForSite(code);
        var writer = SearchIndexWriter.For(language);
        var english = writer.Bilingual ? sites[0] : null;
        var files = writer.Write(site, english);
        Assert.True(files.Count > 10, $"{files.Count} files");

        var queries = (code == "en" ? [] : SearchQueries.For(code).Select(q => q.Query)).Concat(SearchQueries.All.Select(q => q.Query)).Distinct().ToList();
        string corpus = LunrOracle.CorpusJson(writer.Bilingual ? SearchIndexWriter.BilingualFields : SearchIndexWriter.Fields,
            SearchIndexWriter.Documents(site, english), queries, writer.Bilingual ? LanguageOracle.Site(language) : null);
        using var comparison = SiteSearchOracle.Compare(files, corpus);
        LunrIndexAssert.SameSearchResults(comparison, queries, minimumQueriesWithResults: queries.Count * 3 / 4);
        // The same pages first: which queries count as typed in the page's language, and which results match in it.
        var lunr = comparison.RootElement.GetProperty("lunr");
        var ours = comparison.RootElement.GetProperty("ours");
        for (int q = 0; q < queries.Count; q++)
        {
            Assert.Equal(lunr[q].GetProperty("tiered").GetBoolean(), ours[q].GetProperty("tiered").GetBoolean());
            Assert.Equal(lunr[q].GetProperty("results").EnumerateArray().Select(r => r.GetProperty("own").GetBoolean()),
                ours[q].GetProperty("results").EnumerateArray().Select(r => r.GetProperty("own").GetBoolean()));
        }
    }

    [Fact]
    public void The_shipped_directory_keeps_one_small_index_file_that_searches_as_lunr()
    {
        var (site, documents) = ShippedSite();
        Assert.True(documents.Count <= site.Content.Site.SearchSplitThreshold);
        var files = new SearchIndexWriter().Write(site);
        var (path, bytes) = Assert.Single(files);
        Assert.Equal("assets/search-index.js", path);
        Assert.True(bytes.Length < 200_000, $"{bytes.Length} bytes");
        using var comparison = CompareWithLunr(site, documents, files);
        Assert.Equal(0, comparison.RootElement.GetProperty("loadedFiles").GetInt32());
    }

    [Fact]
    public void Parts_are_named_by_their_content_so_an_edit_renames_only_the_parts_it_changes()
    {
        var documents = LargeVocabularyCorpus.Create(600, seed: 8, LargeVocabularyCorpus.Names(8, 800));
        List<(string Path, byte[] Bytes)> Write(IReadOnlyList<SearchDocument> docs)
        {
            var corpus = new LunrIndexBuilder(GeneratedCorpus.Fields).Corpus(docs);
            var store = docs.Select(d => Encoding.UTF8.GetBytes(LunrOracle.Quote(d.Fields["title"]))).ToList();
            return SplitIndexWriter.Write(corpus, "assets/search-index.js", "en", store, new SearchFilters([], [("s", store)]), "{}"u8.ToArray(), inline: false);
        }

        var first = Write(documents);
        var again = Write(documents);
        Assert.Equal(first.Select(f => f.Path), again.Select(f => f.Path));
        Assert.All(first.Zip(again), pair => Assert.Equal(pair.First.Bytes, pair.Second.Bytes));
        Assert.Equal(first.Count, first.Select(f => f.Path).Distinct().Count());

        // A new title for the last document: the run of store parts that holds it (store parts are named in runs
        // of PartsPerName) and the filters are renamed; the first run of store parts keeps its names.
        var edited = documents.ToList();
        var last = edited[^1];
        edited[^1] = last with { Fields = new Dictionary<string, string>(last.Fields) { ["title"] = "Quite different words" } };
        var after = Write(edited).Select(f => f.Path).ToHashSet();
        var storeBefore = first.Select(f => f.Path).Where(p => p.Contains("/d", StringComparison.Ordinal)).ToList();
        Assert.Equal(75, storeBefore.Count);
        int lastRun = 74 / SplitIndexWriter.PartsPerName * SplitIndexWriter.PartsPerName;
        Assert.Equal(storeBefore.Where((p, i) => i >= lastRun), storeBefore.Where(p => !after.Contains(p)));
        Assert.DoesNotContain(first.Single(f => f.Path.Contains("/f0.", StringComparison.Ordinal)).Path, after);
        // As the servers' caching rules expect of every asset: the name ends in ten hex digits of a hash.
        Assert.All(first.Skip(1), f => Assert.Matches(@"/[tcdf][0-9]+\.[0-9a-f]{10}\.js$", f.Path));
        Assert.DoesNotContain(first.Select(f => f.Path).Where(p => p.Contains("/t", StringComparison.Ordinal)), after.Contains);
    }

    private JsonDocument CompareWithLunr(SiteView site, List<SearchDocument> documents, IReadOnlyList<(string Path, byte[] Bytes)> files)
    {
        var pageQueries = SearchQueries.All.Select(q => q.Query).Concat(["help", "counselling", "marrage", "stalk", "xyzzy", "the and of"]).ToList();
        var manifest = SplitIndexOracle.WriteFiles(files, Temp());
        var comparison = LunrOracle.Split(SplitIndexOracle.CorpusJson(SearchIndexWriter.Fields, documents, SyntaxQueries.Take(8), pageQueries), manifest);
        var queries = SplitIndexOracle.Queries(comparison);
        LunrIndexAssert.SameSearchResults(comparison, queries, minimumQueriesWithResults: 50, "forced marrage", "cutting", "help");
        // Each document's stored entry is the one the result list shows for it.
        var docs = comparison.RootElement.GetProperty("docs").EnumerateArray().ToList();
        var expected = site.Services.Select(s => s.Name).Concat(site.Guidance.Select(g => g.Title)).ToList();
        Assert.Equal(expected, docs.Select(d => d.GetProperty("t").GetString()));
        return comparison;
    }

    private static (SiteView Site, List<SearchDocument> Documents) ShippedSite()
    {
        var (content, problems) = SiteBuilder.Check(Repo.Content, Checking.Today, themeDirectory: Repo.Theme);
        Assert.False(problems.HasErrors);
        var site = new SiteView(content, new PartialCache((_, _) => Task.FromResult("")));
        return (site, SearchIndexWriter.Documents(site));
    }

    private void Report(JsonDocument comparison, int termParts)
    {
        output.WriteLine($"{termParts} term parts");
        foreach (var (query, parts, bytes) in SplitIndexOracle.PartsTouched(comparison, q => q.Contains('*') || q.Contains('~') || !q.Contains(':')))
            output.WriteLine($"{query}: {parts} term part(s), {bytes} bytes loaded");
    }

    private string Temp()
    {
        var dir = Path.Combine(Path.GetTempPath(), "split-index-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(dir);
        _temporary.Add(dir);
        return dir;
    }
}
