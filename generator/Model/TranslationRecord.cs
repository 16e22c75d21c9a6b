namespace DirectoryPortal.Model;

/// What every translation file says about itself: how it was made and what it was made from.
public abstract class TranslationRecord : Record
{
    /// draft until a qualified translator has checked it; then reviewed, with who and when.
    [Required, Allowed("draft", "reviewed")] public string Translation { get; set; } = "";
    public string? ReviewedBy { get; set; }
    public DateOnly? ReviewedOn { get; set; }
    /// The fingerprint of the English text this translation was made from (see `translate stamp`).
    public string? TranslatedFrom { get; set; }

    /// The language code taken from the file name ("pl" in guidance/reporting.pl.md).
    [NotInFile] public string Language { get; set; } = "";
    /// The slug of the English record it translates.
    [NotInFile] public string Slug { get; set; } = "";
    /// The English file it translates, relative to the content folder.
    [NotInFile] public string SourceOf { get; set; } = "";

    public bool IsDraft => Translation != "reviewed";
}
