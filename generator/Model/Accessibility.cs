namespace DirectoryPortal.Model;

/// What a service offers deaf and disabled people (ORUK accessibility_for_disabilities).
public sealed class Accessibility
{
    public bool? Bsl { get; set; }
    public bool? RelayUk { get; set; }
    public bool? StepFree { get; set; }
    public string? Notes { get; set; }

    /// A shallow copy, for a language's version to change its words.
    public Accessibility Copy() => (Accessibility)MemberwiseClone();
}
