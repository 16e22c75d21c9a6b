namespace DirectoryPortal.Model;

/// Where a value came from in its source file (1-based), so later checks can point at it.
public readonly record struct Position(int Line, int Column)
{
    public static readonly Position None = new(0, 0);
}
