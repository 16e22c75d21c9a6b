using System.Diagnostics;
using DirectoryPortal.Model;

namespace DirectoryPortal.Localize;

/// Finds, in the git history of an English file, the words a translation was made from, so `check` can show
/// a translator what has changed since. Without git, or when the version is not found, there is no diff.
public static class SourceHistory
{
    /// The English text whose fingerprint is <paramref name="fingerprint"/>, from the last 60 versions of the file.
    public static string? Find(string contentDirectory, string sourceFile, string fingerprint, Func<string, string?> textOf)
    {
        var path = Path.Combine(contentDirectory, sourceFile);
        var commits = Git(contentDirectory, "log", "-n", "60", "--format=%H", "--", path);
        if (commits is null) return null;
        var relative = Git(contentDirectory, "ls-files", "--full-name", "--", path)?.Trim();
        if (string.IsNullOrEmpty(relative)) return null;
        foreach (var commit in commits.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var old = Git(contentDirectory, "show", $"{commit}:{relative}");
            if (old is null) continue;
            var text = textOf(old.Replace("\r\n", "\n"));
            if (text is not null && SourceText.Fingerprint(text) == fingerprint) return text;
        }
        return null;
    }

    private static string? Git(string directory, params string[] args)
    {
        try
        {
            var start = new ProcessStartInfo("git") { WorkingDirectory = directory, RedirectStandardOutput = true, RedirectStandardError = true };
            foreach (var a in args) start.ArgumentList.Add(a);
            using var process = Process.Start(start);
            if (process is null) return null;
            var output = process.StandardOutput.ReadToEnd();
            process.WaitForExit(10_000);
            return process.ExitCode == 0 ? output : null;
        }
        catch (Exception ex) when (ex is System.ComponentModel.Win32Exception or InvalidOperationException or IOException)
        {
            return null;
        }
    }
}
