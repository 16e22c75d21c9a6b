namespace DirectoryPortal.Bench.Measure;

/// One timed run of a child process: wall time, CPU time (user + system, all threads), peak resident memory and what it printed.
public sealed record ProcessSample(double WallMs, double? CpuMs, long? PeakRssBytes, int ExitCode, string StdOut, string StdErr);
