namespace DirectoryPortal.Deploy;

/// One file of deploy/: where it goes and what it says.
public sealed record ServerConfig(string Path, string Text)
{
    /// Every configuration the generator writes into deploy/, each made from SecurityHeaders, CachePolicy and FeedRoutes.
    public static IReadOnlyList<ServerConfig> All { get; } =
    [
        new("nginx/directoryportal.conf", NginxConfig.Site()),
        new("nginx/brotli.conf", NginxConfig.Brotli()),
        new("apache/.htaccess", ApacheConfig.Htaccess()),
        new("iis/web.config", IisConfig.WebConfig()),
        new("static-host/_headers", StaticHostConfig.Headers()),
        new("static-host/_redirects", StaticHostConfig.Redirects()),
    ];

    /// The first lines of each file, in the file's own comment style.
    internal static string Notice(string comment, string command = "`dotnet run --project generator -- server-config`") =>
        $"""
        {comment} DirectoryPortal: written by {command} from generator/Deploy
        {comment} (SecurityHeaders.cs, CachePolicy.cs, FeedRoutes.cs). Change those and run it again rather than edit
        {comment} this file, so the pages' own policy and the servers' headers stay the same. See README.md beside it.
        {comment}

        """;
}
