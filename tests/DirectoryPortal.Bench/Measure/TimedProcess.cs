using System.Diagnostics;
using System.Globalization;

namespace DirectoryPortal.Bench.Measure;

/// Runs a command and measures its wall time and peak memory (max RSS), using GNU time where it is installed.
public static class TimedProcess
{
    private const string GnuTime = "/usr/bin/time";

    public static ProcessSample Run(string fileName, IReadOnlyList<string> args, string workingDirectory, IReadOnlyDictionary<string, string>? environment = null)
    {
        var useGnuTime = File.Exists(GnuTime);
        var rssFile = Path.GetTempFileName();
        var info = new ProcessStartInfo(useGnuTime ? GnuTime : fileName)
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        if (useGnuTime)
        {
            // Max RSS in KB, then user and system CPU seconds; to a file so it never mixes with the child's stderr.
            foreach (var a in new[] { "-f", "%M %U %S", "-o", rssFile, fileName }) info.ArgumentList.Add(a);
        }
        foreach (var a in args) info.ArgumentList.Add(a);
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        foreach (var (key, value) in environment ?? new Dictionary<string, string>()) info.Environment[key] = value;

        var clock = Stopwatch.StartNew();
        using var process = Process.Start(info) ?? throw new InvalidOperationException($"Could not start {fileName}.");
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        long? polledPeak = null;
        if (!useGnuTime)
        {
            // Without GNU time, VmHWM (the kernel's own high-water mark) read just before exit is the peak.
            while (!process.WaitForExit(20)) polledPeak = ReadHighWaterMark(process.Id) ?? polledPeak;
        }
        process.WaitForExit();
        clock.Stop();
        var (peak, cpu) = useGnuTime ? ReadGnuTime(rssFile) : (polledPeak, null);
        File.Delete(rssFile);
        return new ProcessSample(clock.Elapsed.TotalMilliseconds, cpu, peak, process.ExitCode, stdout.Result, stderr.Result);
    }

    private static (long? PeakBytes, double? CpuMs) ReadGnuTime(string file)
    {
        var lines = File.ReadAllLines(file);
        // GNU time prints "Command exited with non-zero status N" above the format line when the child fails.
        var parts = lines.Length > 0 ? lines[^1].Split(' ', StringSplitOptions.RemoveEmptyEntries) : [];
        if (parts.Length < 3 || !long.TryParse(parts[0], NumberStyles.Integer, CultureInfo.InvariantCulture, out var kb)) return (null, null);
        var cpu = double.TryParse(parts[1], NumberStyles.Float, CultureInfo.InvariantCulture, out var user)
                  && double.TryParse(parts[2], NumberStyles.Float, CultureInfo.InvariantCulture, out var system)
            ? (user + system) * 1000 : (double?)null;
        return (kb * 1024, cpu);
    }

    private static long? ReadHighWaterMark(int pid)
    {
        try
        {
            var line = File.ReadLines($"/proc/{pid}/status").FirstOrDefault(l => l.StartsWith("VmHWM:", StringComparison.Ordinal));
            return line is null ? null : long.Parse(line.Split(' ', StringSplitOptions.RemoveEmptyEntries)[1], CultureInfo.InvariantCulture) * 1024;
        }
        catch (IOException)
        {
            return null;
        }
    }
}
