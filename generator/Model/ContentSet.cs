namespace DirectoryPortal.Model;

/// Everything loaded from a content folder, sorted so every run sees the same order.
public sealed class ContentSet
{
    public required string ContentDirectory { get; init; }
    public required Site Site { get; init; }
    public required Taxonomy Taxonomy { get; init; }
    public required IReadOnlyList<Service> Services { get; init; }
    public required IReadOnlyList<Guidance> Guidance { get; init; }
    /// Search synonyms; empty when content/search/synonyms.yml does not exist.
    public Synonyms Synonyms { get; init; } = new();

    /// Files that exist but could not be loaded (their errors are reported). Checks that would only
    /// repeat the consequence (every category "does not exist" when taxonomy.yml is broken) skip them.
    public IReadOnlySet<string> Failed { get; init; } = new HashSet<string>();

    /// Files in content/static/ to publish as they are, already checked to be of a harmless kind.
    public IReadOnlyList<StaticFile> Static { get; init; } = [];

    public bool ServiceFailed(string slug) => Failed.Contains($"services/{slug}.yml") || Failed.Contains($"services/{slug}.yaml");
    /// The theme's words in each language, with the site's overrides; "en" is always there.
    public IReadOnlyDictionary<string, UiStrings> Strings { get; init; } = new Dictionary<string, UiStrings>();
    /// Translation files, by language (every site language but English has an entry, perhaps empty).
    public IReadOnlyDictionary<string, LanguageTranslations> Translations { get; init; } = new Dictionary<string, LanguageTranslations>();
}
