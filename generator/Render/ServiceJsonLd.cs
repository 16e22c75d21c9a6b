using System.Text.Encodings.Web;
using System.Text.Json;
using System.Text.Json.Nodes;
using System.Text.Unicode;
using DirectoryPortal.Model;

namespace DirectoryPortal.Render;

/// A service page's schema.org description (JSON-LD) for search engines and partners' tools: the service
/// and who provides it, each way to reach it (a ServiceChannel with its phone and languages) and when it
/// is open. A data block, not a script: browsers never run it, and the page's CSP is unchanged.
public static class ServiceJsonLd
{
    // Escapes <, >, & and quotes, so nothing in the text can close the element it sits in.
    private static readonly JsonSerializerOptions Json = new() { Encoder = JavaScriptEncoder.Create(UnicodeRanges.All) };

    private static readonly string[] Week = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
    private static readonly string[] DayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    // Second-level domains only public bodies can hold.
    private static readonly string[] PublicDomains = [".gov.uk", ".police.uk", ".nhs.uk"];

    public static string For(ServicePage page)
    {
        var s = page.Service;
        var site = page.Site;
        var isPublic = s.Organization.Url is { } org && Uri.TryCreate(org, UriKind.Absolute, out var uri)
            && PublicDomains.Any(d => uri.Host.EndsWith(d, StringComparison.OrdinalIgnoreCase));
        var languages = s.Languages.Count == 0 ? null : new JsonArray(s.Languages.Select(l => (JsonNode)l).ToArray());
        var json = new JsonObject
        {
            ["@context"] = "https://schema.org",
            ["@type"] = isPublic ? "GovernmentService" : "Service",
        };
        Add(json, "identifier", s.Id);
        Add(json, "name", s.Name);
        Add(json, "description", s.Description);
        Add(json, "url", s.Url);
        var provider = new JsonObject { ["@type"] = isPublic ? "GovernmentOrganization" : "Organization", ["name"] = s.Organization.Name };
        Add(provider, "url", s.Organization.Url);
        json["provider"] = provider;
        json["category"] = Array(s.Categories.Select(site.CategoryName).Select(n => (JsonNode)n!));
        json["areaServed"] = Array(s.ServiceAreas.Select(a => (JsonNode)new JsonObject { ["@type"] = "AdministrativeArea", ["name"] = page.Describe.Area(a) }));
        if (s.Audiences.Count > 0)
            json["audience"] = Array(s.Audiences.Select(a => (JsonNode)new JsonObject { ["@type"] = "Audience", ["audienceType"] = site.AudienceName(a) }));
        if (s.Free is { } free) json["isAccessibleForFree"] = free;
        if (languages is not null) json["availableLanguage"] = languages.DeepClone();
        var hours = Hours(s).ToList();
        if (hours.Count > 0) json["hoursAvailable"] = Array(hours);
        var channels = Channels(s, page, languages).ToList();
        if (channels.Count > 0) json["availableChannel"] = Array(channels);
        return JsonSerializer.Serialize(json, Json);
    }

    private static IEnumerable<JsonNode> Hours(Service s)
    {
        if (s.Open247 == true)
            yield return new JsonObject { ["@type"] = "OpeningHoursSpecification", ["dayOfWeek"] = Days(Week), ["opens"] = "00:00", ["closes"] = "23:59" };
        foreach (var r in s.RegularSchedules)
            yield return new JsonObject { ["@type"] = "OpeningHoursSpecification", ["dayOfWeek"] = Days(r.Byday), ["opens"] = r.OpensAt, ["closes"] = r.ClosesAt };
    }

    private static JsonArray Days(IEnumerable<string> days) =>
        Array(days.Where(Week.Contains).Select(d => (JsonNode)("https://schema.org/" + DayNames[System.Array.IndexOf(Week, d)])));

    private static IEnumerable<JsonNode> Channels(Service s, ServicePage page, JsonArray? languages)
    {
        foreach (var p in s.Phones)
        {
            var kind = page.Describe.PhoneKind(p);
            var contact = new JsonObject
            {
                ["@type"] = "ContactPoint",
                ["telephone"] = DialledNumber(p),
                ["contactType"] = p.Label ?? kind,
            };
            Add(contact, "description", p.Hours);
            if (languages is not null) contact["availableLanguage"] = languages.DeepClone();
            var channel = new JsonObject { ["@type"] = "ServiceChannel", ["name"] = p.Label ?? kind, ["servicePhone"] = contact };
            if (languages is not null) channel["availableLanguage"] = languages.DeepClone();
            yield return channel;
        }
        if (s.Url is not null)
        {
            var web = new JsonObject { ["@type"] = "ServiceChannel", ["serviceUrl"] = s.Url };
            if (languages is not null) web["availableLanguage"] = languages.DeepClone();
            yield return web;
        }
        foreach (var c in s.Chat)
        {
            var chat = new JsonObject { ["@type"] = "ServiceChannel", ["serviceUrl"] = c.Url };
            Add(chat, "name", c.Label);
            yield return chat;
        }
        foreach (var l in s.Locations)
        {
            var address = new JsonObject { ["@type"] = "PostalAddress" };
            var place = new JsonObject { ["@type"] = "Place" };
            if (l.IsConfidential)
                // Only the area; the loader has already forgotten the rest.
                Add(address, "addressRegion", l.Area);
            else
            {
                Add(place, "name", l.Name);
                Add(address, "streetAddress", string.Join(", ", new[] { l.Address1, l.Address2 }.Where(x => !string.IsNullOrWhiteSpace(x))));
                Add(address, "addressLocality", l.City);
                Add(address, "postalCode", l.PostalCode);
                address["addressCountry"] = "GB";
            }
            place["address"] = address;
            yield return new JsonObject { ["@type"] = "ServiceChannel", ["serviceLocation"] = place };
        }
    }

    private static JsonArray Array(IEnumerable<JsonNode> items) => new(items.ToArray());

    private static void Add(JsonObject json, string name, string? value)
    {
        if (!string.IsNullOrWhiteSpace(value)) json[name] = value;
    }

    // The number in international form, as the page's own tel: or sms: link dials it, for a call or a text alike.
    private static string DialledNumber(Phone p)
    {
        foreach (var scheme in new[] { "tel:", "sms:" })
            if (p.Href.StartsWith(scheme, StringComparison.Ordinal)) return p.Href[scheme.Length..].Split('?', 2)[0];
        return p.Display.Length > 0 ? p.Display : p.Number;
    }
}
