using System.Runtime.InteropServices;

namespace DirectoryPortal.Bench.Measure;

/// Publishes the generator ahead-of-time compiled (ReadyToRun), as a site's CI pipeline would deploy it,
/// so .NET does not JIT Roslyn, YamlDotNet and our own code on every build.
public static class ReadyToRunGenerator
{
    /// The published directoryportal.dll, or null (with the reason logged) when publishing failed.
    public static string? Publish(RepoPaths repo, string folder, TextWriter log)
    {
        if (Directory.Exists(folder)) Directory.Delete(folder, recursive: true);
        var sample = TimedProcess.Run("dotnet", ["publish", Path.Combine(repo.Root, "generator"), "-c", "Release",
            "-r", RuntimeInformation.RuntimeIdentifier, "--self-contained", "false", "-p:PublishReadyToRun=true", "-o", folder], repo.Root);
        var dll = Path.Combine(folder, "directoryportal.dll");
        if (sample.ExitCode == 0 && File.Exists(dll))
        {
            log.WriteLine($"Published the generator ReadyToRun to {folder} in {sample.WallMs / 1000:0.0} s");
            return dll;
        }
        log.WriteLine($"Could not publish the generator ReadyToRun ({sample.ExitCode}); those rows are left out.\n{sample.StdOut}\n{sample.StdErr}");
        return null;
    }
}
