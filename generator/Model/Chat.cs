namespace DirectoryPortal.Model;

/// An online chat or web form.
public sealed class Chat
{
    [Required] public string Url { get; set; } = "";
    public string? Label { get; set; }
    public string? Hours { get; set; }
}
