namespace DirectoryPortal.Model;

/// Base for everything read from a content file: remembers the file and where each field was.
public abstract class Record
{
    [NotInFile] public string SourceFile { get; set; } = "";

    /// Positions by field path ("phones[0].number"), filled by the loader for precise messages.
    [NotInFile] public Dictionary<string, Position> Positions { get; } = new(StringComparer.Ordinal);

    /// On a record shown in another language: how it was translated. Null on the English records.
    [NotInFile] public Localization? Localization { get; set; }

    /// A shallow copy, for a language's version of the record to change its words without touching the English.
    public T CopyAs<T>() where T : Record => (T)MemberwiseClone();

    public Position PositionOf(string fieldPath) =>
        Positions.TryGetValue(fieldPath, out var p) ? p : Positions.GetValueOrDefault("", Position.None);
}
