using System.Text;
using DirectoryPortal.Load;
using DirectoryPortal.Model;
using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.Load;

/// Records saved by Windows editors (byte order marks, UTF-16, CRLF line ends) load like plain UTF-8.
public class EncodingTests
{
    public static TheoryData<string> Encodings => ["utf-8", "utf-8-bom", "utf-16le", "utf-16be", "utf-32le"];

    private static Encoding For(string name) => name switch
    {
        "utf-8" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: false),
        "utf-8-bom" => new UTF8Encoding(encoderShouldEmitUTF8Identifier: true),
        "utf-16le" => new UnicodeEncoding(bigEndian: false, byteOrderMark: true),
        "utf-16be" => new UnicodeEncoding(bigEndian: true, byteOrderMark: true),
        _ => new UTF32Encoding(bigEndian: false, byteOrderMark: true),
    };

    [Theory]
    [MemberData(nameof(Encodings))]
    public void A_record_in_any_common_encoding_loads_with_its_text_intact(string encoding)
    {
        using var t = new TempContent();
        var yaml = TempContent.ServiceYml.Replace("name: Test Helpline", "name: Café Helpline – Ōsaka").Replace("\n", "\r\n");
        File.WriteAllText(Path.Combine(t.Content, "services", "test-helpline.yml"), yaml, For(encoding));

        var problems = new ProblemList();
        var content = ContentLoader.Load(t.Content, problems);
        Assert.DoesNotContain(problems.Sorted(), p => p.Severity == Severity.Error);
        var service = Assert.Single(content.Services);
        Assert.Equal("Café Helpline – Ōsaka", service.Name);
        Assert.Equal(2, service.Positions["name"].Line);
    }
}
