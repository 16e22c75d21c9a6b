namespace DirectoryPortal.Model;

/// How serious a problem is: errors stop the build, warnings do not.
public enum Severity
{
    Warning,
    Error,
}

/// One thing wrong with the content, located precisely enough for an editor to find and fix it.
public sealed record Problem(
    Severity Severity,
    string File,
    int Line,
    int Column,
    string Field,
    string Message,
    string Fix)
{
    /// Formats as "file:line:col: error: field: message. Fix: ..." which editors and CI logs can link.
    public override string ToString()
    {
        var where = Line > 0 ? $"{File}:{Line}:{Column}" : File;
        var kind = Severity == Severity.Error ? "error" : "warning";
        var field = string.IsNullOrEmpty(Field) ? "" : $"{Field}: ";
        var fix = string.IsNullOrEmpty(Fix) ? "" : $" How to fix: {Fix}";
        return $"{where}: {kind}: {field}{Message}{fix}";
    }
}
