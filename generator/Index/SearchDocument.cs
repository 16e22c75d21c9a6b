namespace DirectoryPortal.Index;

/// <summary>One document to index: its ref and the text of each field.</summary>
public sealed record SearchDocument(string Ref, IReadOnlyDictionary<string, string> Fields);
