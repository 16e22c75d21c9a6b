namespace DirectoryPortal.Model;

/// An email address a service answers.
public sealed class EmailAddress
{
    [Required] public string Address { get; set; } = "";
    public string? Label { get; set; }
}
