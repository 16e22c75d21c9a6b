namespace DirectoryPortal.Bench.Synthetic;

/// A synthetic service record, held in memory so both our generator and Hugo get the same facts.
public sealed class SynthService
{
    public required string Slug { get; init; }
    public required string Name { get; init; }
    public required string OrganizationName { get; init; }
    public required string OrganizationUrl { get; init; }
    public required string Description { get; init; }
    public string? Details { get; init; }
    public required IReadOnlyList<string> Categories { get; init; }
    public required IReadOnlyList<string> Audiences { get; init; }
    public required string Eligibility { get; init; }
    public required IReadOnlyList<string> ServiceAreas { get; init; }
    public required string Url { get; init; }
    public required IReadOnlyList<SynthPhone> Phones { get; init; }
    public string? Email { get; init; }
    public SynthLocation? Location { get; init; }
    public bool Open247 { get; init; }
    public required IReadOnlyList<SynthSchedule> Schedules { get; init; }
    public required IReadOnlyList<string> Languages { get; init; }
    public bool Free { get; init; }
    public bool SelfReferral { get; init; }
    public string? SafetyNotes { get; init; }
    public required IReadOnlyList<string> Keywords { get; init; }
    public required string Source { get; init; }
    public required DateOnly LastReviewed { get; init; }
}
