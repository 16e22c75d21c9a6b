using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.OpenReferral;

/// The feed test content and the shipped content, each built once for the feed's tests.
public sealed class FeedSites : IDisposable
{
    public TempContent Rich { get; } = FeedContent.Create();
    public string Shipped { get; } = Path.Combine(Path.GetTempPath(), "dp-feed-shipped-" + Guid.NewGuid().ToString("N"));
    public OrukSchemas Schemas { get; } = new();

    public FeedSites()
    {
        var rich = Builds.Run(Rich.Content, Rich.Output);
        if (!rich.Succeeded) throw new InvalidOperationException(string.Join("\n", rich.Problems));
        var shipped = Builds.Run(Repo.Content, Shipped);
        if (!shipped.Succeeded) throw new InvalidOperationException(string.Join("\n", shipped.Problems));
    }

    /// The endpoint a feed file answers ("openreferral/services/x.json" answers "/services/{id}").
    public static string EndpointOf(string relative)
    {
        var parts = relative.Replace('\\', '/').Split('/');
        return parts switch
        {
            ["openreferral", "index.json"] => "/",
            ["openreferral", var list] => "/" + Path.GetFileNameWithoutExtension(list),
            ["openreferral", var endpoint, _] => $"/{endpoint}/{{id}}",
            _ => throw new ArgumentException(relative),
        };
    }

    public void Dispose()
    {
        Rich.Dispose();
        try { Directory.Delete(Shipped, true); } catch (IOException) { }
    }
}
