using System.Diagnostics;
using System.Text.Json;
using DirectoryPortal.Tests.Browser.Support;
using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.Browser;

/// The Nu HTML Checker (vnu.jar, pinned in html-checker/package.json) over every generated page at once.
[Collection(BrowserCollection.Name)]
public class HtmlCheckerTests(BrowserSite site)
{
    private static readonly string Folder = Path.Combine(Repo.Root, "tests", "DirectoryPortal.Tests", "html-checker");
    private static readonly string Jar = Path.Combine(Folder, "node_modules", "vnu-jar", "build", "dist", "vnu.jar");

    private static (int Code, string Out, string Err) Run(string file, string[] args, string directory, TimeSpan limit)
    {
        var start = new ProcessStartInfo(file) { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var a in args) start.ArgumentList.Add(a);
        using var process = Process.Start(start)!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(limit))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException($"{file} took longer than {limit}");
        }
        return (process.ExitCode, stdout.Result, stderr.Result);
    }

    private static void EnsureInstalled()
    {
        if (File.Exists(Jar)) return;
        // The checker's install script would fetch a Java runtime; the machine already has Java 17.
        var (code, o, e) = Run("npm", ["ci", "--ignore-scripts", "--no-audit", "--no-fund", "--loglevel=error"], Folder, TimeSpan.FromMinutes(5));
        Assert.True(code == 0 && File.Exists(Jar), $"npm ci in {Folder} failed ({code}):\n{o}\n{e}");
    }

    private static List<string> Check(IEnumerable<string> files)
    {
        EnsureInstalled();
        var (code, stdout, stderr) = Run("java", ["-jar", Jar, "--errors-only", "--format", "json", .. files], Folder, TimeSpan.FromMinutes(5));
        // vnu writes its JSON report to stderr and exits 1 when it found errors.
        var json = stderr.TrimStart().StartsWith('{') ? stderr : stdout;
        Assert.True(json.TrimStart().StartsWith('{'), $"vnu gave no report (exit {code}):\n{stdout}\n{stderr}");
        using var report = JsonDocument.Parse(json);
        return report.RootElement.GetProperty("messages").EnumerateArray()
            .Where(m => m.GetProperty("type").GetString() is "error" or "non-document-error")
            .Select(m => $"{Describe(m, "url")}:{Describe(m, "lastLine")}: {m.GetProperty("message").GetString()}\n    {Describe(m, "extract")}")
            .ToList();
    }

    private static string Describe(JsonElement m, string property) => m.TryGetProperty(property, out var v) ? v.ToString() : "";

    [Fact]
    public void Every_page_passes_the_Nu_HTML_checker_with_no_errors()
    {
        var files = site.Pages.Select(p => Path.Combine(site.Output, p)).ToList();
        Assert.True(files.Count > 80, $"only {files.Count} pages");
        var errors = Check(files);
        Assert.True(errors.Count == 0, $"{errors.Count} error(s):\n" + string.Join("\n", errors));
    }

    [Fact]
    public void The_checker_reports_invalid_HTML()
    {
        var bad = Path.Combine(Path.GetTempPath(), "dp-vnu-" + Guid.NewGuid().ToString("N") + ".html");
        File.WriteAllText(bad, "<!DOCTYPE html><html lang=\"en\"><title>x</title><p><div>not allowed</p><text>x</text>");
        try { Assert.NotEmpty(Check([bad])); }
        finally { File.Delete(bad); }
    }
}
