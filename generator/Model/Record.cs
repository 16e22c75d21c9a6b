namespace DirectoryPortal.Model;

/// Base for everything read from a content file: remembers the file and where each field was.
public abstract class Record
{
    [NotInFile] public string SourceFile { get; set; } = "";

    /// Positions by field path ("phones[0].number"), filled by the loader for precise messages.
    [NotInFile] public Dictionary<string, Position> Positions { get; } = new(StringComparer.Ordinal);

    public Position PositionOf(string fieldPath) =>
        Positions.TryGetValue(fieldPath, out var p) ? p : Positions.GetValueOrDefault("", Position.None);
}
