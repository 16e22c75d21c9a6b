namespace DirectoryPortal.Bench.Measure;

/// One stage of the pipeline: elapsed milliseconds and bytes allocated on the managed heap.
public sealed record PhaseTiming(string Name, double Ms, long AllocatedBytes);
