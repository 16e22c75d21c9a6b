using DirectoryPortal.Model;
using DirectoryPortal.Render;

namespace DirectoryPortal.Index;

/// What a service or guidance page gives each field of the search index: all its words (the English index, or a
/// language's index on its own), or only the words that are really in the site's language (a language's index
/// that also holds the English text, so a match in the language's own words can be told from one in English).
internal static class SearchDocumentFields
{
    public static Dictionary<string, string> Service(Service s, SiteView site) => new()
    {
        ["title"] = s.Name,
        ["keywords"] = Join(s.Keywords.Concat(s.Categories.Select(site.CategoryName)).Append(s.Organization.Name)),
        ["body"] = Join(new[] { s.Description, s.Details is null ? null : MarkdownRenderer.ToPlainText(s.Details), s.Eligibility, s.SafetyNotes, s.ScheduleNotes, s.Referral?.Notes }
            .Concat(s.Languages.Select(site.LanguageName)).Concat(s.Audiences.Select(site.AudienceName))),
    };

    public static Dictionary<string, string> Guidance(Guidance g, SiteView site) => new()
    {
        ["title"] = g.Title,
        ["keywords"] = Join(g.Keywords.Concat(g.Categories.Select(site.CategoryName))),
        ["body"] = Join([g.Summary, MarkdownRenderer.ToPlainText(g.Body)]),
    };

    /// <summary>A service's words in its site's language only: the translated fields, and the names of its categories,
    /// audiences and languages where the site has them in its language. The names of the service and its organisation
    /// are never translated, so they are only in the English fields: indexed in both, an English word in a name would
    /// count twice.</summary>
    public static Dictionary<string, string> OwnService(Service s, SiteView site)
    {
        var english = s.Localization?.English ?? new HashSet<string>();
        string? Own(string field, string? text) => english.Contains(field) ? null : text;
        var keywords = s.Localization?.Translation is ServiceText { Keywords.Count: > 0 } ? s.Keywords : [];
        return new()
        {
            ["title"] = "",
            ["keywords"] = Join(keywords.Concat(OwnCategories(s.Categories, site))),
            ["body"] = Join(new[]
                {
                    Own("description", s.Description), s.Details is null ? null : Own("details", MarkdownRenderer.ToPlainText(s.Details)),
                    Own("eligibility", s.Eligibility), Own("safety_notes", s.SafetyNotes), Own("schedule_notes", s.ScheduleNotes),
                    Own("referral.notes", s.Referral?.Notes),
                }
                .Concat(s.Languages.Where(code => site.Strings.Has("language_name." + code)).Select(site.LanguageName))
                .Concat(s.Audiences.Where(a => site.AudiencesBySlug.TryGetValue(a, out var audience) && !audience.InEnglish).Select(site.AudienceName))),
        };
    }

    /// <summary>A guidance page's words in its site's language only: its translated title, summary, body and keywords,
    /// and the names of its categories where the site has them in its language.</summary>
    public static Dictionary<string, string> OwnGuidance(Guidance g, SiteView site)
    {
        var english = g.Localization?.English ?? new HashSet<string>();
        var keywords = g.Localization?.Translation is GuidanceText { Keywords.Count: > 0 } ? g.Keywords : [];
        return new()
        {
            ["title"] = english.Contains("title") ? "" : g.Title,
            ["keywords"] = Join(keywords.Concat(OwnCategories(g.Categories, site))),
            ["body"] = Join([english.Contains("summary") ? null : g.Summary, english.Contains("body") ? null : MarkdownRenderer.ToPlainText(g.Body)]),
        };
    }

    private static IEnumerable<string> OwnCategories(IEnumerable<string> slugs, SiteView site) =>
        slugs.Where(c => site.CategoriesBySlug.TryGetValue(c, out var category) && !category.InEnglish).Select(site.CategoryName);

    private static string Join(IEnumerable<string?> parts) => string.Join(" ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
}
