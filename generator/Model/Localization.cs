namespace DirectoryPortal.Model;

/// How a record shown in another language was translated: draft, reviewed or not at all, and which of its
/// words are still the English ones (so the page can mark them lang="en").
public sealed class Localization(string language, TranslationRecord? translation, IReadOnlySet<string> english)
{
    public string Language { get; } = language;
    /// The translation file, or null when the record has none and shows in English.
    public TranslationRecord? Translation { get; } = translation;
    /// Fields shown in English because the translation does not give them.
    public IReadOnlySet<string> English { get; } = english;

    public bool IsTranslated => Translation is not null;
    public bool IsDraft => Translation?.IsDraft == true;
    public bool IsWhollyEnglish => Translation is null;
}
