using System.Text;
using DirectoryPortal.Render;

namespace DirectoryPortal.Tests.Render;

/// Pages render straight to UTF-8; the bytes must be what encoding the whole page as a string gives,
/// with Windows line ends made "\n" however Razor splits its writes.
public class Utf8PageWriterTests
{
    private static string Written(params string[] writes)
    {
        var writer = new Utf8PageWriter(16);
        foreach (var w in writes) writer.Write(w);
        return Encoding.UTF8.GetString(writer.ToArray());
    }

    [Theory]
    [InlineData(new[] { "a\r\nb" }, "a\nb")]
    [InlineData(new[] { "a\r", "\nb" }, "a\nb")]
    [InlineData(new[] { "a\r", "", "\nb" }, "a\nb")]
    [InlineData(new[] { "a\rb" }, "a\rb")]
    [InlineData(new[] { "a\r", "b" }, "a\rb")]
    [InlineData(new[] { "end\r" }, "end\r")]
    [InlineData(new[] { "\r\r\n\r" }, "\r\n\r")]
    [InlineData(new[] { "caf\u00e9 \u2013 \ud83d\udcde" }, "caf\u00e9 \u2013 \ud83d\udcde")]
    public void Line_ends_and_characters_come_out_as_a_single_string_would(string[] writes, string expected) =>
        Assert.Equal(expected, Written(writes));

    // Not inline data: xunit would replace the lone halves of the pair when it lists the cases.
    [Fact]
    public void A_character_split_across_two_writes_stays_whole()
    {
        Assert.Equal("phone \ud83d\udcde", Written("phone \ud83d", "\udcde"));
        // The first half ends exactly where the writer's second 4,096-character block does.
        var fill = new string('x', 8191);
        Assert.Equal(fill + "\ud83d\udcde", Written(fill + "\ud83d", "\udcde"));
    }

    [Fact]
    public void A_page_far_bigger_than_the_buffer_is_encoded_whole()
    {
        var rng = new Random(7);
        var parts = Enumerable.Range(0, 5000).Select(i => new string((char)('a' + rng.Next(26)), rng.Next(1, 40)) + (i % 7 == 0 ? "\r\n" : "\u00e9")).ToArray();
        var expected = string.Concat(parts).Replace("\r\n", "\n");
        Assert.Equal(Encoding.UTF8.GetBytes(expected), Encoding.UTF8.GetBytes(Written(parts)));

        var writer = new Utf8PageWriter(16);
        writer.Write(string.Concat(parts).AsSpan());
        Assert.Equal(Encoding.UTF8.GetBytes(expected), writer.ToArray());
    }
}
