namespace DirectoryPortal.Model;

/// A need people browse by, such as "Forced marriage".
public sealed class Category
{
    [Required] public string Slug { get; set; } = "";
    [Required] public string Name { get; set; } = "";
    [Required] public string Description { get; set; } = "";
}
