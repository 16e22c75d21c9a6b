namespace DirectoryPortal.Index;

/// <summary>A field lunr indexes, with its boost.</summary>
public sealed record SearchField(string Name, double Boost = 1);
