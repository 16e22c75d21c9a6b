using System.Text;
using DirectoryPortal.Bench.Measure;

namespace DirectoryPortal.Bench.Browser;

/// Runs Pagefind 1.6.0 (npm package `pagefind`, installed by `npm ci` in tests/DirectoryPortal.Bench/pagefind;
/// its Linux binary comes from `@pagefind/linux-x64`) over the same built site, indexing the same documents
/// (each service and guidance page's main content), and times its search the way SearchProbe times ours.
/// Nothing of Pagefind is shipped: it is the benchmark's yardstick only.
public static class PagefindProbe
{
    /// A page that searches with Pagefind's own JavaScript API and shows the first 10 results, as ours shows 10 at first.
    private const string Page = """
        <!doctype html>
        <html lang="en"><head><meta charset="utf-8"><title>Pagefind</title></head>
        <body><form id="form"><input id="q" type="search" aria-label="Search"></form><ol id="results"></ol>
        <script type="module">
        const pagefind = await import("/pagefind/pagefind.js");
        async function search(q) {
          const found = await pagefind.search(q);
          const data = await Promise.all(found.results.slice(0, 10).map((r) => r.data()));
          const list = document.getElementById("results");
          list.textContent = "";
          for (const d of data) {
            const li = document.createElement("li");
            const a = document.createElement("a");
            a.href = d.url;
            a.textContent = d.meta.title;
            li.append(a);
            list.append(li);
          }
          list.dataset.done = q;
        }
        window.__next = async (q) => { const t = performance.now(); await search(q); return performance.now() - t; };
        // As our page does: search as the visitor types (120 ms after the last key), and at once on Enter, unless the
        // keys already started a search for the same words: then wait for it, or if it is done, show its results again.
        const input = document.getElementById("q");
        let timer = null, last = null;
        const start = (q) => { last = { q, done: search(q) }; };
        input.addEventListener("input", () => { clearTimeout(timer); timer = setTimeout(() => start(input.value), 120); });
        document.getElementById("form").addEventListener("submit", (e) => {
          e.preventDefault();
          clearTimeout(timer);
          if (last && last.q === input.value) last.done.then(() => { document.getElementById("results").dataset.done = input.value; });
          else start(input.value);
        });
        const q = new URLSearchParams(location.search).get("q");
        if (q) start(q);
        </script></body></html>
        """;

    private const string NextQuery = "async (q) => { while (!window.__next) await new Promise((r) => setTimeout(r, 5)); return window.__next(q); }";

    public static async Task<PagefindResult?> RunAsync(RepoPaths repo, string siteDirectory, string workDirectory, IReadOnlyList<string> queries, TextWriter log)
    {
        var folder = Path.Combine(repo.Root, "tests", "DirectoryPortal.Bench", "pagefind");
        var cli = Path.Combine(folder, "node_modules", ".bin", "pagefind");
        if (!File.Exists(cli))
        {
            var install = TimedProcess.Run("npm", ["ci", "--no-audit", "--no-fund", "--loglevel=error"], folder);
            if (install.ExitCode != 0 || !File.Exists(cli))
            {
                log.WriteLine($"   pagefind: npm ci failed in {folder}; not measured\n{install.StdErr}");
                return null;
            }
        }
        if (!Chromium.Available) return null;
        var output = Path.Combine(workDirectory, "pagefind");
        if (Directory.Exists(output)) Directory.Delete(output, recursive: true);
        // The documents our index holds: services and guidance pages, their <main> (Pagefind would otherwise
        // index every page's header, navigation and footer too).
        var build = TimedProcess.Run(cli, ["--site", siteDirectory, "--glob", "{services/*/index.html,guidance/*.html}",
            "--root-selector", "main", "--output-path", output, "--quiet"], folder);
        if (build.ExitCode != 0)
        {
            log.WriteLine($"   pagefind failed ({build.ExitCode}): {build.StdErr}");
            return null;
        }
        var files = new DirectoryInfo(output).EnumerateFiles("*", SearchOption.AllDirectories).ToList();
        // The UI bundles Pagefind writes beside its index are not used by a page that calls its API.
        var index = files.Where(f => !f.Name.Contains("-ui", StringComparison.Ordinal) && !f.Name.Contains("highlight", StringComparison.Ordinal)).ToList();
        log.WriteLine($"   pagefind: indexed in {build.WallMs / 1000:0.0} s (CPU {build.CpuMs / 1000:0.0} s), {index.Sum(f => f.Length) / 1048576.0:0.0} MB in {index.Count} files");

        await using var server = new LocalServer([("/pagefind/", output)], new Dictionary<string, byte[]> { ["/pagefind-search.html"] = Encoding.UTF8.GetBytes(Page) });
        var timing = await SearchProbe.MeasureAsync(new SearchProbe.SearchPage(server, "pagefind-search.html", "document.getElementById('results') && document.getElementById('results').dataset.done", NextQuery)
        {
            Input = "#q",
            ShowsResultsFor = "(q) => document.getElementById('results').dataset.done === q",
        }, queries);
        return new PagefindResult(build.WallMs, build.CpuMs, index.Sum(f => f.Length), index.Count, timing);
    }
}

/// Pagefind over the same site: how long it took to index, what its index takes on disk, and its search in the browser.
public sealed record PagefindResult(double BuildMs, double? BuildCpuMs, long IndexBytes, int IndexFiles, SearchTiming Search);
