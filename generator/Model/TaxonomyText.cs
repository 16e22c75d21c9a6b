namespace DirectoryPortal.Model;

/// Category and audience names in another language: content/taxonomy.&lt;lang&gt;.yml, by slug.
public sealed class TaxonomyText : TranslationRecord
{
    public List<CategoryText> Categories { get; set; } = new();
    public List<AudienceText> Audiences { get; set; } = new();
}

/// A category's name and description in another language.
public sealed class CategoryText
{
    [Required] public string Slug { get; set; } = "";
    public string? Name { get; set; }
    public string? Description { get; set; }
}

/// An audience's name in another language.
public sealed class AudienceText
{
    [Required] public string Slug { get; set; } = "";
    public string? Name { get; set; }
}
