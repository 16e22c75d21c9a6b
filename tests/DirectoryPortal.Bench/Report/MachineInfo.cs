using System.Diagnostics;
using System.Runtime.InteropServices;

namespace DirectoryPortal.Bench.Report;

/// The machine and tool versions a run was made on, for the report.
public sealed record MachineInfo(string Cpu, int Cores, string Memory, string Os, string Kernel, string Dotnet, string Hugo, string Revision, string Date)
{
    public string OneLine => $"{Cpu}, {Cores} cores, {Memory}; {Os}; .NET {Dotnet}; {Hugo}";

    public static MachineInfo Collect(string repoRoot, string hugo)
    {
        var cpu = ReadField("/proc/cpuinfo", "model name", ':') ?? RuntimeInformation.ProcessArchitecture.ToString();
        var memKb = ReadField("/proc/meminfo", "MemTotal", ':')?.Split(' ')[0];
        var memory = long.TryParse(memKb, out var kb) ? $"{kb / 1048576.0:0.0} GiB RAM" : "unknown RAM";
        var os = ReadField("/etc/os-release", "PRETTY_NAME", '=')?.Trim('"') ?? RuntimeInformation.OSDescription;
        var kernel = File.Exists("/proc/sys/kernel/osrelease") ? File.ReadAllText("/proc/sys/kernel/osrelease").Trim() : "";
        var sdk = Run("dotnet", "--version", repoRoot);
        var dotnet = $"SDK {sdk}, runtime {RuntimeInformation.FrameworkDescription.Replace(".NET ", "")}";
        var hugoVersion = Run(hugo, "version", repoRoot);
        var revision = Run("git", "rev-parse --short HEAD", repoRoot);
        var dirty = Run("git", "status --porcelain", repoRoot).Split('\n', StringSplitOptions.RemoveEmptyEntries).Length;
        if (dirty > 0) revision += $" with {dirty} uncommitted change(s) in the working tree";
        return new MachineInfo(cpu, Environment.ProcessorCount, memory, os, kernel, dotnet, hugoVersion, revision, DateTime.UtcNow.ToString("yyyy-MM-dd HH:mm 'UTC'"));
    }

    /// The file system a folder lives on ("tmpfs, in memory" or "ext4 on /dev/vda"), from the longest matching mount.
    public static string FileSystemOf(string path)
    {
        if (!File.Exists("/proc/mounts")) return "file system unknown";
        var full = Path.GetFullPath(path);
        var mount = File.ReadLines("/proc/mounts").Select(l => l.Split(' ')).Where(p => p.Length > 2)
            .Where(p => full == p[1] || full.StartsWith(p[1].TrimEnd('/') + "/", StringComparison.Ordinal))
            .MaxBy(p => p[1].Length);
        return mount is null ? "file system unknown" : mount[2] == "tmpfs" ? "tmpfs, in memory" : $"{mount[2]} on {mount[0]}";
    }

    private static string? ReadField(string file, string key, char separator)
    {
        if (!File.Exists(file)) return null;
        var line = File.ReadLines(file).FirstOrDefault(l => l.StartsWith(key, StringComparison.Ordinal));
        var i = line?.IndexOf(separator) ?? -1;
        return i < 0 ? null : line![(i + 1)..].Trim();
    }

    private static string Run(string file, string args, string dir)
    {
        try
        {
            using var p = Process.Start(new ProcessStartInfo(file, args) { RedirectStandardOutput = true, RedirectStandardError = true, WorkingDirectory = dir })!;
            var text = p.StandardOutput.ReadToEnd().Trim();
            p.WaitForExit();
            return text;
        }
        catch (System.ComponentModel.Win32Exception)
        {
            return "not installed";
        }
    }
}
