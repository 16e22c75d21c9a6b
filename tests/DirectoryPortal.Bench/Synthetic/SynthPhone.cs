namespace DirectoryPortal.Bench.Synthetic;

/// One phone line of a synthetic service.
public sealed record SynthPhone(string Number, string Label, string Type, string Hours, bool Free);
