using System.Diagnostics;
using DirectoryPortal.Tests.Support;
using Xunit.Abstractions;

namespace DirectoryPortal.Tests.Write;

/// Kills the real build of the shipped content (two of its languages) with SIGKILL at 32 moments spread
/// over its publish, while another thread reads the output folder over and over. Every state anyone can
/// see must be the whole previous site or the whole new one, and the next build must clear whatever the
/// killed one left beside the output folder.
public class PublishKillTests(ITestOutputHelper log)
{
    private const int Kills = 32;

    [Fact]
    public void Killing_the_build_at_any_moment_of_its_publish_never_shows_a_mixed_site()
    {
        var root = Path.Combine(Path.GetTempPath(), "dp-kill-" + Guid.NewGuid().ToString("N"));
        try { Run(root); }
        finally { try { Directory.Delete(root, recursive: true); } catch (IOException) { } }
    }

    private void Run(string root)
    {
        var (contentA, contentB) = TwoVersions(root);
        var environment = new Dictionary<string, string> { ["DIRECTORYPORTAL_TEMPLATE_CACHE"] = Path.Combine(root, "templates") };
        var output = Path.Combine(root, "site", "public");
        var foreign = new Dictionary<string, string> { ["CNAME"] = "directory.example.org\n", [".well-known/security.txt"] = "Contact: mailto:security@example.org\n" };

        // The two sites as whole builds make them, each with the files someone else put in the folder.
        var sites = new Dictionary<string, SortedDictionary<string, string>>();
        foreach (var (name, content) in new[] { ("A", contentA), ("B", contentB) })
        {
            var folder = Path.Combine(root, "expected-" + name);
            Assert.Equal(0, Build(content, folder, environment).Code);
            AddForeign(folder, foreign);
            sites[name] = Snapshot.Of(folder);
        }
        Assert.NotEqual(sites["A"], sites["B"]);

        // How many publish steps each direction takes, and where the swap falls, so the kills can be spread.
        Assert.Equal(0, Build(contentA, output, environment).Code);
        AddForeign(output, foreign);
        var steps = new Dictionary<string, (int Total, int Swap)>();
        foreach (var (name, content) in new[] { ("B", contentB), ("A", contentA) })
        {
            var counted = Build(content, output, new Dictionary<string, string>(environment) { ["DIRECTORYPORTAL_PAUSE_AT_STEP"] = "100000000" });
            Assert.Equal(0, counted.Code);
            steps[name] = ParseSteps(counted.Err);
            Assert.Equal(sites[name], Snapshot.Of(output));
        }
        log.WriteLine($"publish steps: to B {steps["B"]}, to A {steps["A"]}");

        var anomalies = new List<string>();
        var reads = 0;
        using var stop = new CancellationTokenSource();
        // The reader reads the whole folder as fast as it can, a core's worth of work: on its own thread at
        // nice 10 it still reads whenever a core is free, but no longer slows the tests running beside it.
        var reader = Task.Factory.StartNew(() =>
        {
            Native.NiceThisThread(10);
            Watch(output, sites, anomalies, ref reads, stop.Token);
        }, TaskCreationOptions.LongRunning);
        var state = "A";
        var killedAt = new List<string>();
        for (var i = 0; i < Kills; i++)
        {
            var goal = state == "A" ? "B" : "A";
            var (total, swap) = steps[goal];
            // Even spread over the whole publish, plus the moments either side of the swap.
            var step = i switch
            {
                0 => swap - 1,
                1 => swap,
                2 => swap + 1,
                _ => Math.Max(1, (int)Math.Round((i - 2.5) * total / (Kills - 3.0))),
            };
            var pausedAt = BuildUntil(goal == "A" ? contentA : contentB, output, environment, step);
            killedAt.Add($"{step} {pausedAt}");
            var now = Snapshot.Of(output);
            state = now.SequenceEqual(sites["A"]) ? "A" : now.SequenceEqual(sites["B"]) ? "B"
                : throw new Xunit.Sdk.XunitException($"After a kill at step {step} ({pausedAt}) the site is neither whole: {Difference(now, sites["A"], sites["B"])}");
            var staging = Directory.EnumerateDirectories(Path.GetDirectoryName(output)!, ".public.dp-*").Count();
            Assert.True(staging <= 1, $"{staging} staging folders beside the site at step {step}: the build did not clear the last one's");
        }
        // The next whole build clears what the last kill left.
        Assert.Equal(0, Build(state == "A" ? contentB : contentA, output, environment).Code);
        stop.Cancel();
        reader.Wait();
        Assert.Equal(sites[state == "A" ? "B" : "A"], Snapshot.Of(output));
        Assert.Empty(Directory.EnumerateFileSystemEntries(Path.GetDirectoryName(output)!).Where(e => Path.GetFileName(e) != "public"));
        log.WriteLine($"killed at: {string.Join("; ", killedAt)}");
        log.WriteLine($"{reads} whole reads of the output folder while the builds ran");
        Assert.True(reads >= Kills, $"the reader managed only {reads} reads");
        Assert.Empty(anomalies);
    }

    // Starts a build that stops itself at publish step <paramref name="step"/>, then kills it there.
    private static string BuildUntil(string content, string output, Dictionary<string, string> environment, int step)
    {
        var info = GeneratorProcess.StartInfo(Path.GetTempPath(), ["build", "--content", content, "--theme", Repo.Theme, "--out", output],
            new Dictionary<string, string>(environment) { ["DIRECTORYPORTAL_PAUSE_AT_STEP"] = step.ToString() });
        using var process = Process.Start(info)!;
        var paused = new TaskCompletionSource<string>();
        process.ErrorDataReceived += (_, e) =>
        {
            if (e.Data?.Contains("paused at publish step") == true) paused.TrySetResult(e.Data);
        };
        process.BeginErrorReadLine();
        _ = process.StandardOutput.ReadToEndAsync();
        if (!paused.Task.Wait(TimeSpan.FromSeconds(60)))
        {
            process.Kill();
            throw new Xunit.Sdk.XunitException($"The build never reached publish step {step} (exit code {(process.HasExited ? process.ExitCode : -1)}).");
        }
        process.Kill(); // SIGKILL on Linux
        process.WaitForExit();
        return paused.Task.Result[(paused.Task.Result.IndexOf('(') + 1)..].TrimEnd(')');
    }

    // Reads the whole output folder again and again through one open handle on it, so that one read sees
    // one folder. A read that is neither site counts only if that folder was still the published one at the
    // end: one swapped out mid-read (and being removed) was the whole previous site when the read began.
    private static void Watch(string output, Dictionary<string, SortedDictionary<string, string>> sites, List<string> anomalies, ref int reads, CancellationToken stop)
    {
        while (!stop.IsCancellationRequested)
        {
            var fd = Native.open(output, Native.ReadOnly, 0);
            if (fd < 0)
            {
                lock (anomalies) anomalies.Add("the output folder was missing");
                continue;
            }
            try
            {
                var handle = $"/proc/self/fd/{fd}";
                SortedDictionary<string, string>? seen = null;
                try { seen = Snapshot.Of(handle); }
                catch (IOException) { }
                catch (UnauthorizedAccessException) { }
                var stillPublished = new DirectoryInfo(handle).LinkTarget == output;
                if (seen is not null && (seen.SequenceEqual(sites["A"]) || seen.SequenceEqual(sites["B"]))) { reads++; continue; }
                if (!stillPublished) continue;
                lock (anomalies) anomalies.Add(seen is null ? "files vanished from the published folder while it was read" : Difference(seen, sites["A"], sites["B"]));
            }
            finally { Native.close(fd); }
        }
    }

    private static string Difference(SortedDictionary<string, string> seen, SortedDictionary<string, string> a, SortedDictionary<string, string> b)
    {
        static int Differs(SortedDictionary<string, string> x, SortedDictionary<string, string> y) =>
            x.Keys.Union(y.Keys).Count(k => !x.TryGetValue(k, out var v) || !y.TryGetValue(k, out var w) || v != w);
        return $"{Differs(seen, a)} entries differ from site A and {Differs(seen, b)} from site B";
    }

    private static (int Total, int Swap) ParseSteps(string stderr)
    {
        var match = System.Text.RegularExpressions.Regex.Match(stderr, @"publish took (\d+) steps \(swap at step (\d+)\)");
        Assert.True(match.Success, stderr);
        return (int.Parse(match.Groups[1].Value), int.Parse(match.Groups[2].Value));
    }

    private static GeneratorProcess.Outcome Build(string content, string output, Dictionary<string, string> environment) =>
        GeneratorProcess.Run(Path.GetTempPath(), ["build", "--content", content, "--theme", Repo.Theme, "--out", output], environment);

    private static void AddForeign(string folder, Dictionary<string, string> files)
    {
        foreach (var (path, text) in files)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(Path.Combine(folder, path))!);
            File.WriteAllText(Path.Combine(folder, path), text);
        }
    }

    // The shipped content in English and Arabic (a right-to-left language with its own search pipeline),
    // and a copy in which every page changes (a new title), a service is removed and another added: every
    // kind of file a publish writes, links, removes and keeps. Two languages, not nine, because the test
    // builds 36 times: the publish is the same whatever the number of languages, and 32 kills spread over
    // 200-odd pages' publish steps reach every kind of step.
    private static (string A, string B) TwoVersions(string root)
    {
        var a = Path.Combine(root, "content-a");
        var b = Path.Combine(root, "content-b");
        var kept = new[] { "en", "ar" };
        foreach (var target in new[] { a, b })
        {
            foreach (var file in Directory.EnumerateFiles(Repo.Content, "*", SearchOption.AllDirectories))
            {
                if (DirectoryPortal.Load.TranslationLoader.LanguageOf(Path.GetFileName(file)) is { } language && !kept.Contains(language)) continue;
                var to = Path.Combine(target, Path.GetRelativePath(Repo.Content, file));
                Directory.CreateDirectory(Path.GetDirectoryName(to)!);
                File.Copy(file, to);
            }
            var settings = Path.Combine(target, "site.yml");
            File.WriteAllText(settings, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(settings), "(?m)^languages: .*$", $"languages: [{string.Join(", ", kept)}]"));
        }
        var site = Path.Combine(b, "site.yml");
        File.WriteAllText(site, System.Text.RegularExpressions.Regex.Replace(File.ReadAllText(site), "(?m)^title: .*$", "title: Renamed directory"));
        var guidance = string.Concat(Directory.EnumerateFiles(Path.Combine(b, "guidance")).Select(File.ReadAllText));
        var services = Directory.EnumerateFiles(Path.Combine(b, "services"), "*.yml")
            .Where(f => !DirectoryPortal.Load.TranslationLoader.IsTranslationName(Path.GetFileName(f))).Order(StringComparer.Ordinal).ToList();
        var unmentioned = services.First(s => !guidance.Contains(Path.GetFileNameWithoutExtension(s)));
        var slug = Path.GetFileNameWithoutExtension(unmentioned);
        // The record moves to a new name, and its translations with it.
        foreach (var file in Directory.EnumerateFiles(Path.Combine(b, "services"), slug + ".*"))
        {
            var name = Path.GetFileName(file);
            if (name != slug + ".yml" && !DirectoryPortal.Load.TranslationLoader.IsTranslationName(name)) continue;
            File.Move(file, Path.Combine(b, "services", "added-for-the-kill-test" + name[slug.Length..]));
        }
        return (a, b);
    }
}
