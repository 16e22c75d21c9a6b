namespace DirectoryPortal.Load;

/// A YAML sequence: '[a, b]' or lines starting with '- '.
public sealed class YamlList(int line, int column, string anchor) : YamlValue(line, column, anchor)
{
    public List<YamlValue> Items { get; } = [];
}
