namespace DirectoryPortal.Model;

/// A group of people a service is for, such as "Men and boys".
public sealed class Audience
{
    [Required] public string Slug { get; set; } = "";
    [Required] public string Name { get; set; } = "";
}
