namespace DirectoryPortal.Model;

/// Groups of words that mean the same to searchers, from content/search/synonyms.yml.
public sealed class Synonyms : Record
{
    [Required] public List<List<string>> Groups { get; set; } = new();
}
