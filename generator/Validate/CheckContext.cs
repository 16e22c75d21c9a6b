using DirectoryPortal.Model;

namespace DirectoryPortal.Validate;

/// What a check needs besides the content: where to report and what "today" is.
public sealed class CheckContext(ProblemList problems, DateOnly today)
{
    public ProblemList Problems { get; } = problems;
    public DateOnly Today { get; } = today;

    /// Limits per-record checks to some records (a rebuild after one edit); null checks everything.
    public Func<Record, bool>? Scope { get; init; }

    private (ContentSet Content, IReadOnlyList<Service> Services, IReadOnlyList<Guidance> Guidance)? _inScope;

    /// The services per-record checks look at: all of them, or those in scope, worked out once for every check.
    public IReadOnlyList<Service> ServicesToCheck(ContentSet content) => InScopeOf(content).Services;

    /// The guidance pages per-record checks look at, as ServicesToCheck.
    public IReadOnlyList<Guidance> GuidanceToCheck(ContentSet content) => InScopeOf(content).Guidance;

    private (ContentSet Content, IReadOnlyList<Service> Services, IReadOnlyList<Guidance> Guidance) InScopeOf(ContentSet content)
    {
        if (_inScope is { } known && ReferenceEquals(known.Content, content)) return known;
        var found = Scope is null
            ? (content, content.Services, content.Guidance)
            : (content, content.Services.Where(s => Scope(s)).ToList(), content.Guidance.Where(g => Scope(g)).ToList());
        _inScope = found;
        return found;
    }

    public void Error(Record record, string field, string message, string fix)
    {
        var p = record.PositionOf(field);
        Problems.Error(record.SourceFile, p.Line, p.Column, field, message, fix);
    }

    public void Warning(Record record, string field, string message, string fix)
    {
        var p = record.PositionOf(field);
        Problems.Warning(record.SourceFile, p.Line, p.Column, field, message, fix);
    }
}
