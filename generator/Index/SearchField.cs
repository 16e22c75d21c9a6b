using DirectoryPortal.Index.Languages;

namespace DirectoryPortal.Index;

/// <summary>A field lunr indexes, with its boost, and the language whose index pipeline its text goes through when
/// that is not the index's own (the English text in another language's index).</summary>
public sealed record SearchField(string Name, double Boost = 1, LunrLanguage? Language = null);
