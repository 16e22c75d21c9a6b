namespace DirectoryPortal.Model;

/// Collects problems from every stage so one run reports all of them; safe to add to from several threads.
public sealed class ProblemList
{
    private readonly List<Problem> _items = new();

    public void Add(Problem problem)
    {
        lock (_items) _items.Add(problem);
    }

    public void Error(string file, int line, int column, string field, string message, string fix) =>
        Add(new Problem(Severity.Error, file, line, column, field, message, fix));

    public void Warning(string file, int line, int column, string field, string message, string fix) =>
        Add(new Problem(Severity.Warning, file, line, column, field, message, fix));

    public bool HasErrors
    {
        get { lock (_items) return _items.Any(p => p.Severity == Severity.Error); }
    }

    /// Problems in a stable order (file, line, column) so output is the same on every run.
    public IReadOnlyList<Problem> Sorted()
    {
        lock (_items)
        {
            return _items
                .OrderBy(p => p.File, StringComparer.Ordinal)
                .ThenBy(p => p.Line)
                .ThenBy(p => p.Column)
                .ThenBy(p => p.Field, StringComparer.Ordinal)
                .ThenBy(p => p.Message, StringComparer.Ordinal)
                .ToList();
        }
    }
}
