namespace DirectoryPortal.Localize;

/// A short line-by-line difference between two texts, for telling a translator what changed in the English.
public static class TextDiff
{
    /// Lines removed ("- ") and added ("+ "), at most <paramref name="maxLines"/> of them.
    public static IReadOnlyList<string> Lines(string before, string after, int maxLines = 12)
    {
        var a = before.Split('\n');
        var b = after.Split('\n');
        // Longest common subsequence table, from the end, so the walk below reads forwards.
        var lcs = new int[a.Length + 1, b.Length + 1];
        for (var i = a.Length - 1; i >= 0; i--)
            for (var j = b.Length - 1; j >= 0; j--)
                lcs[i, j] = a[i] == b[j] ? lcs[i + 1, j + 1] + 1 : Math.Max(lcs[i + 1, j], lcs[i, j + 1]);
        var result = new List<string>();
        int x = 0, y = 0, total = 0;
        void Add(string line)
        {
            total++;
            if (result.Count < maxLines) result.Add(line.Length > 160 ? line[..157] + "..." : line);
        }
        while (x < a.Length || y < b.Length)
        {
            if (x < a.Length && y < b.Length && a[x] == b[y]) { x++; y++; }
            else if (y < b.Length && (x == a.Length || lcs[x, y + 1] >= lcs[x + 1, y])) Add("+ " + b[y++]);
            else Add("- " + a[x++]);
        }
        if (total > result.Count) result.Add($"... and {total - result.Count} more changed line(s)");
        return result;
    }
}
