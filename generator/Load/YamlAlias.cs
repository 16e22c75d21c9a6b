namespace DirectoryPortal.Load;

/// A '*name' alias standing where a value should be; records refuse them, so it is kept only to report.
public sealed class YamlAlias(int line, int column, string name) : YamlValue(line, column, anchor: "")
{
    public string Name { get; } = name;
}
