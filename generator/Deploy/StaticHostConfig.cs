using System.Text;

namespace DirectoryPortal.Deploy;

/// deploy/static-host: _headers and _redirects, read from the published folder by Netlify and Cloudflare Pages.
public static class StaticHostConfig
{
    public static string Headers()
    {
        var sb = new StringBuilder(ServerConfig.Notice("#"));
        sb.Append("""
            # Copy it into the published folder after each build. Both hosts already answer every file with
            # "Cache-Control: public, max-age=0, must-revalidate", which checks pages on every visit; both join
            # the values of two rules that match one path, so only assets set their own.

            /*

            """);
        foreach (var (name, value) in SecurityHeaders.All) sb.Append($"  {name}: {value}\n");
        sb.Append($$"""

            # Files named by their content (assets/search.1a2b3c4d5e.js) never change: keep them for a year.
            /{{CachePolicy.AssetFolder}}/*
              Cache-Control: {{CachePolicy.Forever}}

            # The Open Referral UK feed, as JSON any site may read (the paths are in _redirects).
            /{{FeedRoutes.Folder}}/*
              {{FeedRoutes.Cors.Name}}: {{FeedRoutes.Cors.Value}}
              Content-Type: {{FeedRoutes.ContentType}}

            """);
        return sb.ToString();
    }

    public static string Redirects()
    {
        var sb = new StringBuilder(ServerConfig.Notice("#"));
        sb.Append($$"""
            # Copy it into the published folder after each build. Status 200 serves the file in place
            # (a rewrite, not a redirect); a path that is a real file is served as it is. Query strings are not matched.
            /{{FeedRoutes.Folder}}   /{{FeedRoutes.Folder}}/{{FeedRoutes.IndexFile}}   200
            /{{FeedRoutes.Folder}}/  /{{FeedRoutes.Folder}}/{{FeedRoutes.IndexFile}}   200
            /{{FeedRoutes.Folder}}/*  /{{FeedRoutes.Folder}}/:splat{{FeedRoutes.Extension}}  200

            """);
        return sb.ToString();
    }
}
