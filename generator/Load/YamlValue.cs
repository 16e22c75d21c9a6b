namespace DirectoryPortal.Load;

/// One node of a parsed YAML document, with where it starts (1-based, as editors count).
public abstract class YamlValue(int line, int column, string anchor)
{
    public int Line { get; } = line;
    public int Column { get; } = column;

    /// The '&name' written before the node, or empty; records refuse anchors.
    public string Anchor { get; } = anchor;
}
