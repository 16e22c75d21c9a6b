namespace DirectoryPortal.Model;

/// Every translation file for one language.
public sealed class LanguageTranslations(string language)
{
    public string Language { get; } = language;
    public SiteText? Site { get; set; }
    public TaxonomyText? Taxonomy { get; set; }
    /// Search synonyms in this language, from content/search/synonyms.&lt;code&gt;.yml; null when there is none.
    public Synonyms? Synonyms { get; set; }
    public Dictionary<string, ServiceText> Services { get; } = new(StringComparer.Ordinal);
    public Dictionary<string, GuidanceText> Guidance { get; } = new(StringComparer.Ordinal);

    /// Every file, for checks that look at all of them.
    public IEnumerable<TranslationRecord> All =>
        new TranslationRecord?[] { Site, Taxonomy }.OfType<TranslationRecord>()
            .Concat(Services.Values).Concat(Guidance.Values);
}
