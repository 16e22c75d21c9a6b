namespace DirectoryPortal.Bench.Synthetic;

/// A place a synthetic service can be visited.
public sealed record SynthLocation(string Name, string Address1, string City, string PostalCode, string AccessNotes);
