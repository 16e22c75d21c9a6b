using System.Text;

namespace DirectoryPortal.Deploy;

/// deploy/nginx: a snippet for the server { } block that serves the site, and an optional one for Brotli.
public static class NginxConfig
{
    public static string Site()
    {
        var sb = new StringBuilder(ServerConfig.Notice("#"));
        sb.Append("""
            # Include it inside the server { } block that serves the published folder, after `root`
            # (example-server.conf shows the whole block). It assumes the site is at the root of its host.

            index index.html;
            charset utf-8;
            charset_types text/css text/plain text/xml text/javascript application/javascript application/json application/xml;
            server_tokens off;
            # Redirects for a folder without its slash keep the address relative, which also works behind a proxy.
            absolute_redirect off;
            # file.gz beside a file goes to browsers that accept gzip (`build --precompress true` writes them).
            gzip_static on;
            gzip_vary on;
            # Any missing path gets the site's own not-found page, with status 404.
            error_page 404 /404.html;

            # Every response, errors included. nginx forgets these in a location that adds a header of its
            # own, so each location below repeats them.

            """);
        Headers(sb, "", CachePolicy.Revalidate);
        sb.Append($$"""

            # Files named by their content (assets/search.1a2b3c4d5e.js) never change: keep them for a year.
            location ~ "{{CachePolicy.FingerprintedPathPattern}}" {

            """);
        Headers(sb, "    ", CachePolicy.Forever);
        sb.Append($$"""
            }

            # The Open Referral UK feed: /{{FeedRoutes.Folder}}/ is {{FeedRoutes.IndexFile}} and /{{FeedRoutes.Folder}}/services/abc is
            # services/abc{{FeedRoutes.Extension}} (try_files ignores the query string), as JSON any site may read.
            location /{{FeedRoutes.Folder}}/ {
                types { }
                default_type {{FeedRoutes.ContentType}};
                index {{FeedRoutes.IndexFile}};
                try_files $uri $uri{{FeedRoutes.Extension}} $uri/ =404;

            """);
        Headers(sb, "    ", CachePolicy.Revalidate);
        sb.Append($"    add_header {FeedRoutes.Cors.Name} \"{FeedRoutes.Cors.Value}\" always;\n");
        sb.Append("""
            }

            location / {
                try_files $uri $uri/ =404;
            }

            """);
        return sb.ToString();
    }

    public static string Brotli()
    {
        var sb = new StringBuilder(ServerConfig.Notice("#"));
        sb.Append("""
            # Optional: file.br beside a file goes to browsers that accept Brotli. Needs nginx's brotli_static
            # module: on Debian 12 and later, `apt-get install libnginx-mod-http-brotli-static`, which loads it.
            # Include this file after directoryportal.conf in the same server { } block.

            brotli_static on;

            """);
        return sb.ToString();
    }

    private static void Headers(StringBuilder sb, string indent, string cacheControl)
    {
        foreach (var (name, value) in SecurityHeaders.All) sb.Append($"{indent}add_header {name} \"{value}\" always;\n");
        sb.Append($"{indent}add_header Cache-Control \"{cacheControl}\" always;\n");
    }
}
