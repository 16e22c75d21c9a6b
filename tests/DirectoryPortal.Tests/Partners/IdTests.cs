using DirectoryPortal.Cli;
using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.Partners;

/// Every service has a permanent id: `new` writes one, `check` requires one and refuses duplicates, and
/// `add-ids` adds the missing ones without changing anything else in the file.
public class IdTests
{
    private static (int Code, string Out) Run(params string[] args)
    {
        var stdout = new StringWriter();
        return (CommandLine.Run(args, stdout, new StringWriter()), stdout.ToString());
    }

    [Fact]
    public void A_record_without_an_id_is_refused_with_the_command_that_fixes_it()
    {
        using var t = new TempContent();
        t.Write("services/test-helpline.yml", TempContent.ServiceYml.Replace($"\nid: {TempContent.ServiceId}", ""));
        var p = Checking.Single(t.Content);
        Assert.Equal("id", p.Field);
        Assert.Contains("add-ids", p.Fix);
    }

    [Theory]
    [InlineData("not-a-uuid")]
    [InlineData("6D1F5C1E-2B7A-4C3E-9F0A-1B2C3D4E5F60")]
    [InlineData("6d1f5c1e2b7a4c3e9f0a1b2c3d4e5f60")]
    public void An_id_must_be_a_lower_case_uuid(string id)
    {
        using var t = new TempContent();
        t.Write("services/test-helpline.yml", TempContent.ServiceYml.Replace(TempContent.ServiceId, id));
        var p = Checking.Single(t.Content);
        Assert.Equal("id", p.Field);
        Assert.Equal(24, p.Line);
    }

    [Fact]
    public void Two_records_with_one_id_are_refused_naming_the_other_file()
    {
        using var t = new TempContent();
        t.WriteVerbatim("services/copied-line.yml", TempContent.ServiceYml.Replace("name: Test Helpline", "name: Copied Line"));
        var p = Checking.Single(t.Content);
        Assert.Equal("services/test-helpline.yml", p.File);
        Assert.Contains("services/copied-line.yml already uses the id", p.Message);
    }

    [Fact]
    public void New_service_writes_a_fresh_id_that_check_accepts()
    {
        using var t = new TempContent();
        Assert.Equal(0, Run("new", "service", "Another Line", "--content", t.Content).Code);
        var text = File.ReadAllText(Path.Combine(t.Content, "services", "another-line.yml"));
        var id = text.Split('\n').Single(l => l.StartsWith("id: ", StringComparison.Ordinal))[4..];
        Assert.True(DirectoryPortal.Validate.IdentityCheck.IsId(id), id);
        Assert.NotEqual(TempContent.ServiceId, id);
        Assert.DoesNotContain(Checking.Errors(t.Content), e => e.File == "services/another-line.yml" && e.Field == "id");
    }

    [Fact]
    public void Add_ids_inserts_one_line_and_changes_nothing_else_byte_for_byte()
    {
        using var t = new TempContent();
        // Comments, odd quoting, Windows line endings and a byte order mark must all survive.
        var original = "\uFEFF# yaml-language-server: $schema=../schema/service.schema.json\r\n# Checked by phone.\r\n" +
            TempContent.ServiceYml.Replace($"\nid: {TempContent.ServiceId}", "").Replace("\n", "\r\n").Replace("name: Test Helpline", "name: 'Test Helpline'   # as on their leaflet");
        var path = Path.Combine(t.Content, "services", "test-helpline.yml");
        File.WriteAllText(path, original, new System.Text.UTF8Encoding(false));
        var other = Path.Combine(t.Content, "services", "has-one.yml");
        File.WriteAllText(other, TempContent.ServiceCopy("Has One"));
        var untouched = File.ReadAllBytes(other);
        // A translation has no id of its own: add-ids leaves it alone, and check still accepts it.
        var translation = Path.Combine(t.Content, "services", "test-helpline.pl.yml");
        File.WriteAllText(translation, "translation: draft\ndescription: Bezpłatna infolinia.\n");
        var translationBefore = File.ReadAllBytes(translation);

        var (code, output) = Run("add-ids", "--content", t.Content);
        Assert.Equal(0, code);
        Assert.Contains("services/test-helpline.yml", output);
        Assert.Equal(untouched, File.ReadAllBytes(other));
        Assert.Equal(translationBefore, File.ReadAllBytes(translation));
        Assert.DoesNotContain("test-helpline.pl.yml", output);
        var after = System.Text.Encoding.UTF8.GetString(File.ReadAllBytes(path));
        var lines = after.Split("\r\n");
        var added = Assert.Single(lines, l => l.StartsWith("id: ", StringComparison.Ordinal));
        Assert.True(DirectoryPortal.Validate.IdentityCheck.IsId(added[4..]));
        // Above the first field, after the comments at the top.
        Assert.Equal(3, Array.IndexOf(lines, added));
        Assert.Equal(original, after.Replace(added + "\r\n", ""));
        Assert.Empty(Checking.Errors(t.Content));

        // A second run finds nothing to do.
        var again = File.ReadAllBytes(path);
        Assert.Contains("already has an id", Run("add-ids", "--content", t.Content).Out);
        Assert.Equal(again, File.ReadAllBytes(path));
    }

    [Fact]
    public void Add_ids_fills_an_empty_id_line_where_it_stands()
    {
        var text = "name: A\nid:\ndescription: B\n";
        Assert.Equal("name: A\nid: 6d1f5c1e-2b7a-4c3e-9f0a-1b2c3d4e5f60\ndescription: B\n", AddIdsCommand.WithId(text, TempContent.ServiceId));
        Assert.Null(AddIdsCommand.WithId("id: x\nname: A\n", TempContent.ServiceId));
    }

    [Fact]
    public void Every_shipped_service_has_its_own_id()
    {
        var ids = Directory.EnumerateFiles(Path.Combine(Repo.Content, "services"), "*.yml")
            .Where(f => !DirectoryPortal.Load.TranslationLoader.IsTranslationName(Path.GetFileName(f)))
            .Select(f => File.ReadLines(f).Single(l => l.StartsWith("id: ", StringComparison.Ordinal))[4..]).ToList();
        Assert.True(ids.Count >= 30);
        Assert.All(ids, id => Assert.True(DirectoryPortal.Validate.IdentityCheck.IsId(id), id));
        Assert.Equal(ids.Count, ids.Distinct().Count());
    }
}
