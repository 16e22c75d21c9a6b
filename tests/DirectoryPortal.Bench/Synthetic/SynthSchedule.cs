namespace DirectoryPortal.Bench.Synthetic;

/// Opening times of a synthetic service on some days of the week.
public sealed record SynthSchedule(IReadOnlyList<string> Days, string Opens, string Closes);
