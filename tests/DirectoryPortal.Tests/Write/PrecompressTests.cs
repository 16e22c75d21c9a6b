using System.IO.Compression;
using DirectoryPortal.Cli;
using DirectoryPortal.Tests.Support;
using DirectoryPortal.Write;

namespace DirectoryPortal.Tests.Write;

/// `build --precompress true`: a .gz and a .br copy beside each text file, the same bytes on every build.
public class PrecompressTests
{
    private static byte[] Unpack(Stream stream)
    {
        using var result = new MemoryStream();
        stream.CopyTo(result);
        return result.ToArray();
    }

    [Fact]
    public void Each_page_sheet_and_script_gets_copies_that_unpack_to_it_and_a_rebuild_makes_the_same_bytes()
    {
        using var t = new TempContent();
        Assert.Equal(0, CommandLine.Run(["build", "--content", t.Content, "--theme", Repo.Theme, "--out", t.Output, "--precompress", "true"], TextWriter.Null, TextWriter.Null));
        var plain = Directory.EnumerateFiles(t.Output, "*", SearchOption.AllDirectories).Where(f => !f.EndsWith(".gz") && !f.EndsWith(".br")).ToList();
        var text = plain.Where(Precompressor.Applies).ToList();
        Assert.Contains(text, f => f.EndsWith(".html"));
        Assert.Contains(text, f => f.EndsWith(".css"));
        Assert.Contains(text, f => f.EndsWith(".js"));
        foreach (var file in text)
        {
            var bytes = File.ReadAllBytes(file);
            // A copy no smaller than its file is left out (robots.txt is a few bytes).
            if (File.Exists(file + ".gz")) Assert.Equal(bytes, Unpack(new GZipStream(File.OpenRead(file + ".gz"), CompressionMode.Decompress)));
            if (File.Exists(file + ".br")) Assert.Equal(bytes, Unpack(new BrotliStream(File.OpenRead(file + ".br"), CompressionMode.Decompress)));
            if (bytes.Length > 2048) Assert.True(File.Exists(file + ".gz") && File.Exists(file + ".br"), file);
        }

        var before = Directory.EnumerateFiles(t.Output, "*.*", SearchOption.AllDirectories).ToDictionary(f => f, File.GetLastWriteTimeUtc);
        Thread.Sleep(20);
        Assert.Equal(0, CommandLine.Run(["build", "--content", t.Content, "--theme", Repo.Theme, "--out", t.Output, "--precompress", "true"], TextWriter.Null, TextWriter.Null));
        foreach (var (file, time) in before) Assert.True(File.GetLastWriteTimeUtc(file) == time, $"{file} was written again");

        // Without the option, the copies go with the next build.
        Assert.Equal(0, CommandLine.Run(["build", "--content", t.Content, "--theme", Repo.Theme, "--out", t.Output], TextWriter.Null, TextWriter.Null));
        Assert.Empty(Directory.EnumerateFiles(t.Output, "*.gz", SearchOption.AllDirectories));
    }

    [Fact]
    public void A_wrong_value_is_a_usage_error()
    {
        var error = new StringWriter();
        Assert.Equal(CommandLine.BadUsage, CommandLine.Run(["build", "--precompress", "maybe"], TextWriter.Null, error));
        Assert.Contains("--precompress must be true or false", error.ToString());
    }
}
