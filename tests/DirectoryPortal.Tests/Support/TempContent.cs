namespace DirectoryPortal.Tests.Support;

/// A small, valid content folder on disk that a test can then break in one place.
public sealed class TempContent : IDisposable
{
    public string Root { get; }
    public string Content => Path.Combine(Root, "content");
    public string Output => Path.Combine(Root, "public");

    public const string SiteYml = """
        title: Test directory
        description: A directory used by the tests.
        quick_exit_url: https://www.bbc.co.uk/weather
        emergency_notice: In an emergency, call 999.
        report_contact:
          name: Test team
          email: corrections@example.org
        """;

    public const string TaxonomyYml = """
        categories:
          - slug: domestic-abuse
            name: Domestic abuse
            description: Help with domestic abuse.
          - slug: forced-marriage
            name: Forced marriage
            description: Help with forced marriage.
        audiences:
          - slug: everyone
            name: Anyone
        """;

    /// The test helpline's permanent id.
    public const string ServiceId = "6d1f5c1e-2b7a-4c3e-9f0a-1b2c3d4e5f60";

    public const string ServiceYml = """
        # yaml-language-server: $schema=../schema/service.schema.json
        name: Test Helpline
        organization:
          name: Test Charity
          url: https://example.org
        description: A helpline used by the tests.
        categories: [domestic-abuse]
        audiences: [everyone]
        service_areas: [national]
        url: https://example.org/helpline
        phones:
          - number: "0808 2000 247"
            label: Helpline
            hours: 24 hours a day
            free: true
          - number: "61016"
            label: Text line
            type: text
        emails:
          - address: help@example.org
        open_24_7: true
        source: https://example.org/helpline
        last_reviewed: 2026-11-01
        id: 6d1f5c1e-2b7a-4c3e-9f0a-1b2c3d4e5f60
        """;

    public const string GuidanceMd = """
        ---
        title: Getting help
        summary: How to get help.
        categories: [domestic-abuse]
        related_services: [test-helpline]
        order: 10
        ---
        ## Who to call

        Call the [Test Helpline](../services/test-helpline/index.html).
        """;

    /// Another service like the test helpline, with its own name and id (two records may not share an id).
    public static string ServiceCopy(string name) =>
        ServiceYml.Replace("name: Test Helpline", $"name: {name}").Replace(ServiceId, Guid.NewGuid().ToString("D"));

    public TempContent()
    {
        Root = Path.Combine(Path.GetTempPath(), "dp-test-" + Guid.NewGuid().ToString("N"));
        Directory.CreateDirectory(Path.Combine(Content, "services"));
        Directory.CreateDirectory(Path.Combine(Content, "guidance"));
        Write("site.yml", SiteYml);
        Write("taxonomy.yml", TaxonomyYml);
        Write("services/test-helpline.yml", ServiceYml);
        Write("guidance/getting-help.md", GuidanceMd);
    }

    /// Writes a file. A service record copied from ServiceYml under another file name gets an id of its own
    /// (two records may not share one, and most tests that copy it mean a different service); use
    /// WriteVerbatim to keep the copied id.
    public TempContent Write(string relative, string text)
    {
        if (relative.StartsWith("services/", StringComparison.Ordinal) && relative != "services/test-helpline.yml" && text.Contains(ServiceId))
            text = text.Replace(ServiceId, new Guid(System.Security.Cryptography.MD5.HashData(System.Text.Encoding.UTF8.GetBytes(relative))).ToString("D"));
        return WriteVerbatim(relative, text);
    }

    /// Writes a file exactly as given.
    public TempContent WriteVerbatim(string relative, string text)
    {
        var path = Path.Combine(Content, relative);
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, text.Replace("\r\n", "\n") + "\n");
        return this;
    }

    public void Delete(string relative) => File.Delete(Path.Combine(Content, relative));

    public void Dispose()
    {
        try { Directory.Delete(Root, recursive: true); } catch (IOException) { }
    }
}
