namespace DirectoryPortal.Model;

/// Categories and audiences from content/taxonomy.yml.
public sealed class Taxonomy : Record
{
    [Required] public List<Category> Categories { get; set; } = new();
    public List<Audience> Audiences { get; set; } = new();
}
