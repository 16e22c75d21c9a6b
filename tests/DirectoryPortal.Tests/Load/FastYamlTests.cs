using System.Text;
using DirectoryPortal.Load;
using DirectoryPortal.Model;
using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.Load;

/// The fast reader for plain records must give exactly YamlDotNet's tree, positions included, or give
/// up and leave the file to YamlDotNet. Checked on every shipped file and on thousands of mutations.
public class FastYamlTests
{
    private static string Dump(YamlValue? node)
    {
        var sb = new StringBuilder();
        void Walk(YamlValue n, int depth)
        {
            sb.Append(' ', depth * 2).Append($"{n.GetType().Name} {n.Line}:{n.Column} &{n.Anchor}");
            switch (n)
            {
                case YamlScalar s: sb.Append($" {(s.Plain ? "plain" : "styled")} [{s.Value.Replace("\n", "\\n")}]\n"); break;
                case YamlList l: sb.Append('\n'); foreach (var i in l.Items) Walk(i, depth + 1); break;
                case YamlMap m: sb.Append('\n'); foreach (var (k, v) in m.Pairs) { Walk(k, depth + 1); Walk(v, depth + 2); } break;
                default: sb.Append('\n'); break;
            }
        }
        if (node is null) sb.Append("(none)"); else Walk(node, 0);
        return sb.ToString();
    }

    /// Null when the fast reader gave up; otherwise whether it agreed with YamlDotNet.
    private static bool? Agrees(string text, out string fast, out string full)
    {
        var simple = YamlFile.TryReadSimple(text);
        fast = Dump(simple);
        full = "";
        if (simple is null) return null;
        var problems = new ProblemList();
        full = Dump(YamlFile.ParseFully(text, "x.yml", problems));
        // YamlDotNet must have accepted it too: the fast reader never takes a file YamlDotNet refuses.
        return !problems.HasErrors && fast == full;
    }

    public static IEnumerable<object[]> ShippedYaml()
    {
        foreach (var path in Directory.EnumerateFiles(Repo.Content, "*.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal))
            yield return [Path.GetRelativePath(Repo.Content, path)];
    }

    [Theory]
    [MemberData(nameof(ShippedYaml))]
    public void Every_shipped_record_is_read_fast_and_the_same(string relative)
    {
        var text = File.ReadAllText(Path.Combine(Repo.Content, relative)).Replace("\r\n", "\n");
        var agrees = Agrees(text, out var fast, out var full);
        Assert.True(agrees is not null, $"{relative}: the fast reader gave up on a shipped file");
        Assert.Equal(full, fast);
    }

    [Theory]
    [InlineData("name: A\nlist:\n- a\n- b\nnext: c\n")]
    [InlineData("phones:\n  - number: \"0808 2000 247\"\n    label: Helpline\n  - number: '0300 123'\n    free: true\n")]
    [InlineData("details: |\n  one\n\n  two\n    indented\nafter: x\n")]
    [InlineData("details: |-\n  one\n  two\n\n\nafter: x\n")]
    [InlineData("details: |+\n  one\n\n\nafter: x\n")]
    [InlineData("notice: >-\n  one\n  two\n\n  three\n")]
    [InlineData("notice: >\n  one\n  two\n")]
    [InlineData("categories: [a, b-c, 'd e', \"f\"]\nempty: []\n")]
    [InlineData("# comment\nname: A # trailing\n  # indented comment\nurl: https://example.org/a#b\n")]
    [InlineData("quote: \"say \\\"hi\\\" \\\\ / \\n end\"\nsingle: 'it''s'\n")]
    [InlineData("unicode: Café – 24/7 (free)\nnumber: 0800 123 456\nnull_value: ~\nyes: true\n")]
    [InlineData("a:\n  b:\n    c: d\n  e: f\ng: h\n")]
    public void Plain_records_read_the_same_as_yamldotnet(string text)
    {
        var agrees = Agrees(text, out var fast, out var full);
        Assert.True(agrees is not null, "the fast reader gave up");
        Assert.Equal(full, fast);
    }

    [Theory]
    [InlineData("a: &x 1\nb: *x\n")]
    [InlineData("a: !!str 1\n")]
    [InlineData("a: b\n  continued\n")]
    [InlineData("a: \"two\n  lines\"\n")]
    [InlineData("a:\tb\n")]
    [InlineData("---\na: b\n")]
    [InlineData("a: {b: c}\n")]
    [InlineData("a: b: c\n")]
    [InlineData("details: |2\n   x\n")]
    [InlineData("details: |\n  last line without a break")]
    [InlineData("a: 'unclosed\n")]
    [InlineData("a:\n")]
    [InlineData("")]
    public void Anything_else_is_left_to_yamldotnet(string text) =>
        Assert.Null(YamlFile.TryReadSimple(text));

    [Fact]
    public void Mutated_records_are_either_left_to_yamldotnet_or_read_the_same()
    {
        var seeds = Directory.EnumerateFiles(Repo.Content, "*.yml", SearchOption.AllDirectories).Order(StringComparer.Ordinal)
            .Select(p => File.ReadAllText(p).Replace("\r\n", "\n")).ToArray();
        string[] pieces = [" ", "  ", "\n", "- ", ": ", ":", "#", " #", "\"", "'", "|", ">", "-", "+", "[", "]", ",", "\\", "&a ", "*a", "!", "?", "\n\n", "  - x\n", "é", "\t", "{", "}", "%", "@", "`", "~", "null", "0"];
        var random = new Random(20261130);
        int read = 0, total = 0;
        var failures = new List<string>();
        foreach (var seed in seeds)
            for (var round = 0; round < 200; round++)
            {
                var text = seed;
                for (var edits = random.Next(1, 4); edits > 0; edits--)
                {
                    var at = random.Next(text.Length + 1);
                    text = random.Next(3) == 0 && at < text.Length
                        ? text.Remove(at, Math.Min(random.Next(1, 4), text.Length - at))
                        : text.Insert(at, pieces[random.Next(pieces.Length)]);
                }
                total++;
                var agrees = Agrees(text, out var fast, out var full);
                if (agrees is null) continue;
                read++;
                if (agrees == false && failures.Count < 3) failures.Add($"--- text:\n{text}\n--- fast:\n{fast}\n--- YamlDotNet:\n{full}");
            }
        Assert.True(failures.Count == 0, string.Join("\n", failures));
        // The mutations must leave plenty the fast reader accepts, or this test proves nothing.
        Assert.True(read > total / 5, $"only {read} of {total} mutated files were read fast");
    }
}
