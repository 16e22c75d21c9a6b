using DirectoryPortal.Model;

namespace DirectoryPortal.Validate;

/// What a check needs besides the content: where to report and what "today" is.
public sealed class CheckContext(ProblemList problems, DateOnly today)
{
    public ProblemList Problems { get; } = problems;
    public DateOnly Today { get; } = today;

    /// Limits per-record checks to some records (a rebuild after one edit); null checks everything.
    public Func<Record, bool>? Scope { get; init; }

    public bool InScope(Record record) => Scope is null || Scope(record);

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
