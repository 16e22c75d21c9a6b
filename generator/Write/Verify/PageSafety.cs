using System.Text;
using System.Runtime.CompilerServices;

namespace DirectoryPortal.Write.Verify;

/// Checks one page's bytes against the safety promises (see PageRule): the Content-Security-Policy meta
/// first in the head, allowing no inline script; the quick-exit link as the first thing Tab reaches, going
/// to the site's neutral page; the emergency notice as the site renders it; no inline script, javascript:
/// address or event-handler attribute; nothing fetched from, sent to or framed from another host. Only
/// ordinary links (a, area) may go elsewhere. <paramref name="emergencyNoticeHtml"/> gives, for a page's
/// path, the notice exactly as the site renders it on that page (its links are relative to the page).
public sealed class PageSafety(string quickExitUrl, Func<string, string> emergencyNoticeHtml)
{
    private readonly Dictionary<string, byte[]> _notices = new(StringComparer.Ordinal);
    // Pages are checked on several threads; a stale read only means checking a policy in full once more.
    private volatile byte[]? _passedPolicy;

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    public void Check(string page, ReadOnlySpan<byte> html, List<PageViolation> found)
    {
        var scanner = new HtmlScanner(html);
        var headOpened = false;
        var firstInHead = false;
        var bodyStart = -1;
        var reachedFirstStop = false;
        while (scanner.Next(out var tag))
        {
            if (tag.IsEnd) continue;
            if (firstInHead)
            {
                firstInHead = false;
                CheckCsp(page, scanner, tag, found);
            }
            switch (tag.Name)
            {
                case "head": headOpened = firstInHead = true; break;
                case "body": bodyStart = tag.Offset; break;
                case "base": Add(found, page, tag, PageRule.OtherHost, "has a <base> element, which changes where every relative link on the page goes."); break;
                case "meta": CheckMeta(page, scanner, tag, found); break;
                case "script": CheckScript(page, scanner, tag, html, found); break;
                case "style": CheckCss(page, tag, html.Slice(tag.ContentStart, tag.ContentLength), "a <style> element", found); break;
            }
            if (bodyStart >= 0 && !reachedFirstStop && IsTabStop(scanner, tag))
            {
                reachedFirstStop = true;
                CheckQuickExit(page, scanner, tag, found);
            }
            CheckAttributes(page, scanner, tag, html, found);
        }
        if (!headOpened)
            found.Add(new PageViolation(page, 0, PageRule.CspFirst, "has no <head> element, so the Content-Security-Policy cannot come first in it."));
        if (!reachedFirstStop)
            found.Add(new PageViolation(page, Math.Max(0, bodyStart), PageRule.QuickExit, "has no quick-exit link (an <a data-quick-exit> going to the site's quick_exit_url)."));
        CheckNotice(page, html, bodyStart, scanner.Comments, found);
    }

    private void CheckCsp(string page, HtmlScanner scanner, HtmlTag tag, List<PageViolation> found)
    {
        if (tag.Name != "meta" || !scanner.TryGet(tag, "http-equiv", out var equiv)
            || !Encoding.UTF8.GetString(scanner.RawValue(equiv)).Trim().Equals("content-security-policy", StringComparison.OrdinalIgnoreCase)
            || !scanner.TryGet(tag, "content", out var content))
        {
            Add(found, page, tag, PageRule.CspFirst, $"does not start its <head> with the Content-Security-Policy <meta> (the first element is <{tag.Name}>).");
            return;
        }
        // Every page of a site carries the same policy: once one has passed, the same bytes pass again.
        var raw = scanner.RawValue(content);
        if (_passedPolicy is { } passed && raw.SequenceEqual(passed)) return;
        var policy = CharacterReferences.Decode(raw);
        var directives = policy.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)
            .Select(d => d.Split(' ', StringSplitOptions.RemoveEmptyEntries))
            .Where(d => d.Length > 0)
            .GroupBy(d => d[0].ToLowerInvariant())
            .ToDictionary(g => g.Key, g => g.First().Skip(1).ToArray());
        var scripts = directives.GetValueOrDefault("script-src") ?? directives.GetValueOrDefault("default-src");
        if (scripts is null)
        {
            Add(found, page, tag, PageRule.CspFirst, "has a Content-Security-Policy with neither script-src nor default-src, so it allows script from anywhere.");
            return;
        }
        var allowed = true;
        foreach (var source in scripts)
            if (!source.Equals("'self'", StringComparison.OrdinalIgnoreCase) && !source.Equals("'none'", StringComparison.OrdinalIgnoreCase))
            {
                allowed = false;
                Add(found, page, tag, PageRule.CspFirst, $"has a Content-Security-Policy that allows script from {source}; only 'self' is allowed.");
            }
        if (allowed) _passedPolicy = raw.ToArray();
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CheckMeta(string page, HtmlScanner scanner, HtmlTag tag, List<PageViolation> found)
    {
        if (!scanner.TryGet(tag, "http-equiv", out var equiv) ||
            !Encoding.UTF8.GetString(scanner.RawValue(equiv)).Trim().Equals("refresh", StringComparison.OrdinalIgnoreCase))
            return;
        // An old address (an alias) forwards to the page's new one without JavaScript; only a page of this
        // site may be the target, so a refresh can never send the visitor elsewhere.
        var content = scanner.TryGet(tag, "content", out var value) ? System.Net.WebUtility.HtmlDecode(Encoding.UTF8.GetString(scanner.RawValue(value))) : "";
        if (!IsRefreshWithinSite(content))
            Add(found, page, tag, PageRule.OtherHost, "has a <meta http-equiv=\"refresh\"> to somewhere other than a page of this site.");
    }

    // "0; url=../new/index.html": a relative address with no scheme, host or query, as the alias layout writes.
    private static bool IsRefreshWithinSite(string content)
    {
        var parts = content.Split(';', 2);
        if (parts.Length != 2 || parts[0].Trim() != "0") return false;
        var url = parts[1].Trim();
        if (!url.StartsWith("url=", StringComparison.OrdinalIgnoreCase)) return false;
        url = url[4..].Trim().Trim('\'', '"');
        return url.Length > 0 && !url.StartsWith('/') && !url.Contains('\\') && !url.Contains(':') && !url.Contains('?')
            && url.All(c => c > ' ' && c < 0x7f);
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CheckScript(string page, HtmlScanner scanner, HtmlTag tag, ReadOnlySpan<byte> html, List<PageViolation> found)
    {
        var content = html.Slice(tag.ContentStart, tag.ContentLength);
        // Structured data for search engines (schema.org JSON-LD) is a data block: browsers never run it.
        // Only that exact type, holding JSON that parses, is let through; anything else is treated as code.
        if (scanner.TryGet(tag, "type", out var type) && scanner.RawValue(type).SequenceEqual("application/ld+json"u8))
        {
            if (scanner.TryGet(tag, "src", out _) || !IsJson(content))
                Add(found, page, tag, PageRule.InlineScript, "has a <script type=\"application/ld+json\"> that is not one block of valid JSON.");
            return;
        }
        if (content.IndexOfAnyExcept(" \t\r\n\f"u8) >= 0)
            Add(found, page, tag, PageRule.InlineScript, "has a <script> with code written into the page; scripts must be separate files.");
        if (!scanner.TryGet(tag, "src", out _))
            Add(found, page, tag, PageRule.InlineScript, "has a <script> without src; scripts must be separate files of the site.");
    }

    private static bool IsJson(ReadOnlySpan<byte> content)
    {
        // Read through without building a document: every service page has a block, so this runs 10,000 times.
        try
        {
            var reader = new System.Text.Json.Utf8JsonReader(content);
            if (!reader.Read()) return false;
            reader.Skip();
            return !reader.Read(); // a second value would have thrown; only white space may follow
        }
        catch (System.Text.Json.JsonException) { return false; }
    }

    // Tab reaches links, form controls and anything with tabindex 0 or more, in page order.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsTabStop(HtmlScanner scanner, HtmlTag tag)
    {
        if (scanner.TryGet(tag, "tabindex", out var index))
            return int.TryParse(Encoding.UTF8.GetString(scanner.RawValue(index)).Trim(), out var n) && n >= 0;
        return tag.Name switch
        {
            "a" or "area" => scanner.TryGet(tag, "href", out _),
            "button" or "select" or "textarea" or "summary" or "iframe" => true,
            "input" => !(scanner.TryGet(tag, "type", out var type) && Encoding.UTF8.GetString(scanner.RawValue(type)).Trim().Equals("hidden", StringComparison.OrdinalIgnoreCase)),
            _ => false,
        };
    }

    private void CheckQuickExit(string page, HtmlScanner scanner, HtmlTag tag, List<PageViolation> found)
    {
        if (tag.Name != "a" || !scanner.TryGet(tag, "data-quick-exit", out _))
        {
            Add(found, page, tag, PageRule.QuickExit, $"does not have the quick-exit link as the first thing the Tab key reaches (that is <{tag.Name}>).");
            return;
        }
        scanner.TryGet(tag, "href", out var href);
        var target = CharacterReferences.Decode(scanner.RawValue(href)).Trim();
        if (target != quickExitUrl)
            Add(found, page, tag, PageRule.QuickExit, $"has a quick-exit link to '{Load.Excerpt.Of(target)}' instead of the site's quick_exit_url.");
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private void CheckNotice(string page, ReadOnlySpan<byte> html, int bodyStart, List<(int Start, int End)> comments, List<PageViolation> found)
    {
        var expected = emergencyNoticeHtml(page);
        byte[] notice;
        lock (_notices)
            if (!_notices.TryGetValue(expected, out notice!)) _notices[expected] = notice = Encoding.UTF8.GetBytes(expected);
        var at = bodyStart < 0 ? -1 : html[bodyStart..].IndexOf(notice);
        if (at >= 0) at += bodyStart;
        if (at < 0 || comments.Any(c => c.Start <= at && at < c.End))
            found.Add(new PageViolation(page, Math.Max(0, bodyStart), PageRule.EmergencyNotice, "does not show the emergency notice from site.yml in its body."));
    }

    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static void CheckAttributes(string page, HtmlScanner scanner, HtmlTag tag, ReadOnlySpan<byte> html, List<PageViolation> found)
    {
        foreach (var attribute in tag.Attributes)
        {
            if (attribute.NameLength == 0) continue;
            var first = html[attribute.NameStart] | 0x20;
            if (first == 'o' && attribute.NameLength > 2 && (html[attribute.NameStart + 1] | 0x20) == 'n')
            {
                Add(found, page, tag, PageRule.EventHandler, $"has an event-handler attribute ({scanner.AttributeName(attribute)}) on <{tag.Name}>, which runs script written into the page.");
                continue;
            }
            var name = WatchedName(scanner, attribute, (char)first);
            if (name is null) continue;
            if (name == "style") { CheckCss(page, tag, scanner.RawValue(attribute), "a style attribute", found); continue; }
            if (name == "ping") { Add(found, page, tag, PageRule.OtherHost, $"has a ping attribute on <{tag.Name}>, which sends a request when the link is followed."); continue; }
            if (name == "srcdoc") { Add(found, page, tag, PageRule.InlineScript, $"has an srcdoc attribute on <{tag.Name}>: a whole document written into the page."); continue; }
            if (name is "srcset" or "imagesrcset")
            {
                foreach (var candidate in Encoding.UTF8.GetString(scanner.RawValue(attribute)).Split(','))
                    CheckResource(page, tag, name, UrlClassifier.Classify(Encoding.UTF8.GetBytes(candidate.Trim().Split(' ')[0])), found);
                continue;
            }
            var kind = UrlClassifier.Classify(scanner.RawValue(attribute));
            if (IsOrdinaryLink(scanner, tag, name))
            {
                if (kind == UrlKind.Script) Add(found, page, tag, PageRule.InlineScript, $"has a link (<{tag.Name} {name}>) to a {Scheme(scanner.RawValue(attribute))}: address, which runs script.");
                else if (kind == UrlKind.OtherScheme) Add(found, page, tag, PageRule.OtherHost, $"has a link (<{tag.Name} {name}>) with an address of a kind that is not allowed ({Scheme(scanner.RawValue(attribute))}:).");
                continue;
            }
            CheckResource(page, tag, name, kind, found);
        }
    }

    private static void CheckResource(string page, HtmlTag tag, string attribute, UrlKind kind, List<PageViolation> found)
    {
        switch (kind)
        {
            case UrlKind.SameSite: return;
            case UrlKind.Script:
                Add(found, page, tag, PageRule.InlineScript, $"has a javascript: address in <{tag.Name} {attribute}>, which runs script.");
                return;
            default:
                Add(found, page, tag, PageRule.OtherHost, $"loads or sends something through <{tag.Name} {attribute}> to an address outside the site; only ordinary links may leave it.");
                return;
        }
    }

    // a and area links are followed only when clicked; cite is never fetched; a <link> that is not fetched
    // (canonical, alternate) only names an address.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static bool IsOrdinaryLink(HtmlScanner scanner, HtmlTag tag, string attribute)
    {
        if (attribute == "cite") return true;
        if (attribute != "href") return false;
        if (tag.Name is "a" or "area") return true;
        if (tag.Name != "link") return false;
        if (!scanner.TryGet(tag, "rel", out var rel)) return false;
        var raw = scanner.RawValue(rel);
        if (!Ascii.IsValid(raw))
        {
            var kinds = Encoding.UTF8.GetString(raw).ToLowerInvariant().Split([' ', '\t', '\n'], StringSplitOptions.RemoveEmptyEntries);
            return kinds.Length > 0 && kinds.All(k => IsNamingRel(k));
        }
        // ASCII, as every page's rel is: read word by word in place (this runs for every <link> of every page).
        Span<char> word = stackalloc char[16];
        var any = false;
        while (!raw.IsEmpty)
        {
            var end = raw.IndexOfAny(" \t\n"u8);
            var token = end < 0 ? raw : raw[..end];
            raw = end < 0 ? [] : raw[(end + 1)..];
            if (token.IsEmpty) continue;
            if (token.Length > word.Length) return false;
            var length = Ascii.ToLower(token, word, out var written) == System.Buffers.OperationStatus.Done ? written : -1;
            if (length < 0 || !IsNamingRel(word[..length])) return false;
            any = true;
        }
        return any;
    }

    private static bool IsNamingRel(ReadOnlySpan<char> kind) =>
        kind is "canonical" or "alternate" or "author" or "license" or "help" or "next" or "prev" or "search" or "me";

    // The attribute's name, lower case, when a rule looks at it (an address, style, ping, srcdoc); otherwise
    // null. Looked up by length and first letter: a page has thousands of attributes, few of them watched.
    [MethodImpl(MethodImplOptions.AggressiveOptimization)]
    private static string? WatchedName(HtmlScanner scanner, HtmlAttribute attribute, char first)
    {
        if (attribute.NameLength >= WatchedByLength.Length || first is < 'a' or > 'z') return null;
        foreach (var name in WatchedByLength[attribute.NameLength])
            if (name[0] == first && scanner.NameIs(attribute, name)) return name;
        return null;
    }

    private static readonly string[] UrlAttributes =
        ["href", "src", "srcset", "imagesrcset", "action", "formaction", "poster", "data", "background", "cite", "longdesc", "manifest",
         "xlink:href", "codebase", "archive", "lowsrc", "dynsrc", "icon", "profile"];

    private static readonly string[][] WatchedByLength = [.. Enumerable.Range(0, 12)
        .Select(length => UrlAttributes.Append("style").Append("ping").Append("srcdoc").Where(n => n.Length == length).ToArray())];

    // url(...) and @import in CSS written into the page may only name files of the site.
    private static void CheckCss(string page, HtmlTag tag, ReadOnlySpan<byte> css, string where, List<PageViolation> found)
    {
        if (css.IndexOf("url("u8) < 0 && css.IndexOf("@import"u8) < 0 && css.IndexOf("URL("u8) < 0) return;
        var text = Encoding.UTF8.GetString(css);
        foreach (System.Text.RegularExpressions.Match m in System.Text.RegularExpressions.Regex.Matches(text,
                     @"url\(\s*(?:""(?<u>[^""]*)""|'(?<u>[^']*)'|(?<u>[^)\s]*))|@import\s+(?:""(?<u>[^""]*)""|'(?<u>[^']*)')", System.Text.RegularExpressions.RegexOptions.IgnoreCase))
            if (UrlClassifier.Classify(Encoding.UTF8.GetBytes(m.Groups["u"].Value)) != UrlKind.SameSite)
                Add(found, page, tag, PageRule.OtherHost, $"has {where} that loads '{Load.Excerpt.Of(m.Groups["u"].Value)}' from outside the site.");
    }

    private static string Scheme(ReadOnlySpan<byte> raw)
    {
        var text = CharacterReferences.Decode(raw).Trim();
        var colon = text.IndexOf(':');
        return Load.Excerpt.Of(colon > 0 ? text[..colon].ToLowerInvariant() : text);
    }

    private static void Add(List<PageViolation> found, string page, HtmlTag tag, string rule, string message) =>
        found.Add(new PageViolation(page, tag.Offset, rule, message));
}
