namespace DirectoryPortal.Model;

/// A number to call, text or use by textphone (ORUK phone).
public sealed class Phone
{
    [Required] public string Number { get; set; } = "";
    public string? Label { get; set; }
    /// voice, text (SMS) or textphone.
    [Allowed("voice", "text", "textphone")] public string? Type { get; set; }
    public string? Hours { get; set; }
    public bool? Free { get; set; }
    public bool? ShowsOnBill { get; set; }

    /// Display form and tel:/sms: link, set by validation from libphonenumber.
    [NotInFile] public string Display { get; set; } = "";
    [NotInFile] public string Href { get; set; } = "";

    public string Kind => string.IsNullOrWhiteSpace(Type) ? "voice" : Type!;

    /// A shallow copy, for a language's version to change its words.
    public Phone Copy() => (Phone)MemberwiseClone();
}
