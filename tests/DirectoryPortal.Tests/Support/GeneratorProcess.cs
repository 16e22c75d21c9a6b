using System.Diagnostics;

namespace DirectoryPortal.Tests.Support;

/// Runs the real command line (directoryportal.dll, built beside the tests) in a child process.
public static class GeneratorProcess
{
    public static string Dll => Path.Combine(AppContext.BaseDirectory, "directoryportal.dll");

    public sealed record Outcome(int Code, string Out, string Err);

    public static ProcessStartInfo StartInfo(string workingDirectory, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null, string? runAs = null)
    {
        var info = new ProcessStartInfo(runAs is null ? "dotnet" : "setpriv")
        {
            WorkingDirectory = workingDirectory,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
        };
        // setpriv starts the generator as another user: root may write anywhere, so a test of
        // "permission denied" needs someone who may not.
        if (runAs is not null)
            foreach (var arg in new[] { $"--reuid={runAs}", $"--regid={runAs}", "--clear-groups", "dotnet" }) info.ArgumentList.Add(arg);
        info.ArgumentList.Add(Dll);
        foreach (var arg in args) info.ArgumentList.Add(arg);
        info.Environment["NO_COLOR"] = "1";
        info.Environment["DOTNET_CLI_TELEMETRY_OPTOUT"] = "1";
        if (environment is not null)
            foreach (var (key, value) in environment) info.Environment[key] = value;
        return info;
    }

    public static Outcome Run(string workingDirectory, IEnumerable<string> args, IReadOnlyDictionary<string, string>? environment = null, string? runAs = null)
    {
        using var process = Process.Start(StartInfo(workingDirectory, args, environment, runAs))!;
        var stdout = process.StandardOutput.ReadToEndAsync();
        var stderr = process.StandardError.ReadToEndAsync();
        if (!process.WaitForExit(TimeSpan.FromMinutes(2)))
        {
            process.Kill(entireProcessTree: true);
            throw new TimeoutException("The generator did not finish within 2 minutes.\n" + stderr.Result);
        }
        return new Outcome(process.ExitCode, stdout.Result, stderr.Result);
    }
}
