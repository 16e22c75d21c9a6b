namespace DirectoryPortal.Bench.Synthetic;

/// A whole synthetic directory: the services and guidance one benchmark size builds.
public sealed record SynthDirectory(IReadOnlyList<SynthService> Services, IReadOnlyList<SynthGuidance> Guidance);
