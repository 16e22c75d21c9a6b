namespace DirectoryPortal.Bench.Synthetic;

/// A synthetic guidance page: front matter fields and a Markdown body of about 500 words.
public sealed class SynthGuidance
{
    public required string Slug { get; init; }
    public required string Title { get; init; }
    public required string Summary { get; init; }
    public required IReadOnlyList<string> Audience { get; init; }
    public required IReadOnlyList<string> Categories { get; init; }
    public required int Order { get; init; }
    public required IReadOnlyList<string> RelatedServices { get; init; }
    public required string Body { get; init; }
}
