namespace DirectoryPortal.Load;

/// A single value: text, a number, a date or true/false, as written.
public sealed class YamlScalar(int line, int column, string anchor, string value, bool plain) : YamlValue(line, column, anchor)
{
    public string Value { get; } = value;

    /// Written without quotes or a block marker, so 'null', '~' and nothing mean no value.
    public bool Plain { get; } = plain;
}
