using System.Text;

namespace DirectoryPortal.Deploy;

/// deploy/apache/.htaccess, for the published folder of an Apache 2.4 site.
public static class ApacheConfig
{
    public static string Htaccess()
    {
        var sb = new StringBuilder(ServerConfig.Notice("#"));
        sb.Append($$"""
            # Copy it into the published folder after each build. Needs mod_headers and mod_rewrite, and
            # `AllowOverride FileInfo Indexes` for the folder. It assumes the site is at the root of its host.
            # The modules are not wrapped in <IfModule>: without them the site must fail loudly, not go out
            # without its protections.

            DirectoryIndex index.html
            AddDefaultCharset utf-8
            AddCharset utf-8 .css .js .json .xml .txt
            AddType text/javascript .js
            AddType {{FeedRoutes.ContentType}} .json
            # Any missing path gets the site's own not-found page, with status 404.
            ErrorDocument 404 /404.html

            # Every response, errors included.

            """);
        foreach (var (name, value) in SecurityHeaders.All) sb.Append($"Header always set {name} \"{value}\"\n");
        sb.Append($$"""
            Header always set Cache-Control "{{CachePolicy.Revalidate}}"

            # Files named by their content (assets/search.1a2b3c4d5e.js) never change: keep them for a year.
            <If "%{REQUEST_URI} =~ m#{{CachePolicy.FingerprintedPathPattern}}#">
                Header always set Cache-Control "{{CachePolicy.Forever}}"
            </If>

            # The Open Referral UK feed: /{{FeedRoutes.Folder}}/ is {{FeedRoutes.IndexFile}} and /{{FeedRoutes.Folder}}/services/abc is
            # services/abc{{FeedRoutes.Extension}} (the query string is not matched), as JSON any site may read.
            # /openreferral/services is also a folder (of services/abc.json): without DirectorySlash Off, mod_dir
            # would redirect it to services/ before the rewrite below is served.
            <If "%{REQUEST_URI} =~ m#/{{FeedRoutes.Folder}}(/|$)#">
                Header always set {{FeedRoutes.Cors.Name}} "{{FeedRoutes.Cors.Value}}"
                DirectorySlash Off
            </If>
            RewriteEngine On
            RewriteRule ^{{FeedRoutes.Folder}}/?$ {{FeedRoutes.Folder}}/{{FeedRoutes.IndexFile}} [L,T={{FeedRoutes.ContentType}}]
            RewriteCond %{REQUEST_FILENAME} !-f
            RewriteCond %{REQUEST_FILENAME}{{FeedRoutes.Extension}} -f
            RewriteRule ^{{FeedRoutes.Folder}}/(.+)$ {{FeedRoutes.Folder}}/$1{{FeedRoutes.Extension}} [L,T={{FeedRoutes.ContentType}}]

            """);
        return sb.ToString();
    }
}
