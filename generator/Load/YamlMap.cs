namespace DirectoryPortal.Load;

/// A YAML mapping of 'key: value' pairs, in the order written and keeping repeated keys so they can be reported.
public sealed class YamlMap(int line, int column, string anchor) : YamlValue(line, column, anchor)
{
    public List<(YamlValue Key, YamlValue Value)> Pairs { get; } = [];
}
