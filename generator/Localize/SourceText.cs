using System.Security.Cryptography;
using System.Text;
using DirectoryPortal.Model;

namespace DirectoryPortal.Localize;

/// The English words a translation is made from, written out one field after another, and their
/// fingerprint. A translation records the fingerprint it was made from (translated_from); when the English
/// changes, the fingerprint does, and `check` can show what changed.
public static class SourceText
{
    public static string Of(Guidance g) => Write(
        ("title", g.Title), ("summary", g.Summary), ("keywords", string.Join(", ", g.Keywords)), ("body", g.Body.TrimEnd()));

    public static string Of(Service s) => Write(
        new (string, string?)[]
        {
            ("description", s.Description), ("details", s.Details?.TrimEnd()), ("eligibility", s.Eligibility), ("fees", s.Fees),
            ("safety_notes", s.SafetyNotes), ("schedule_notes", s.ScheduleNotes), ("referral.notes", s.Referral?.Notes),
            ("accessibility.notes", s.Accessibility?.Notes), ("keywords", string.Join(", ", s.Keywords)),
        }.Concat(s.Phones.SelectMany(p => new (string, string?)[] { ($"phone {p.Number} label", p.Label), ($"phone {p.Number} hours", p.Hours) }))
        .ToArray());

    public static string Of(Site s) => Write(("title", s.Title), ("description", s.Description), ("emergency_notice", s.EmergencyNotice.TrimEnd()));

    public static string Of(Taxonomy t) => Write(
        t.Categories.SelectMany(c => new (string, string?)[] { ($"category {c.Slug} name", c.Name), ($"category {c.Slug} description", c.Description) })
            .Concat(t.Audiences.Select(a => ($"audience {a.Slug} name", (string?)a.Name))).ToArray());

    /// The English text of whatever <paramref name="translation"/> translates, or null if that is gone.
    public static string? For(TranslationRecord translation, ContentSet english) => translation switch
    {
        GuidanceText g => english.Guidance.FirstOrDefault(x => x.Slug == g.Slug) is { } page ? Of(page) : null,
        ServiceText s => english.Services.FirstOrDefault(x => x.Slug == s.Slug) is { } service ? Of(service) : null,
        SiteText => Of(english.Site),
        TaxonomyText => Of(english.Taxonomy),
        _ => null,
    };

    /// The English text in an old version of the file a translation translates, for showing what changed.
    public static string? Parse(TranslationRecord translation, string fileText)
    {
        var problems = new ProblemList();
        return translation switch
        {
            GuidanceText => Load.FrontMatter.Read(fileText, translation.SourceOf, problems) is { } g ? Of(g) : null,
            ServiceText => Load.ContentLoader.BindRecord<Service>(fileText, translation.SourceOf, problems) is { } s ? Of(s) : null,
            SiteText => Load.ContentLoader.BindRecord<Site>(fileText, translation.SourceOf, problems) is { } site ? Of(site) : null,
            TaxonomyText => Load.ContentLoader.BindRecord<Taxonomy>(fileText, translation.SourceOf, problems) is { } t ? Of(t) : null,
            _ => null,
        };
    }

    /// Twelve hex digits of the text's SHA-256: short enough to read, long enough never to repeat by chance.
    public static string Fingerprint(string text) =>
        Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(text.Replace("\r\n", "\n"))))[..12];

    private static string Write(params (string Field, string? Text)[] fields)
    {
        var sb = new StringBuilder();
        foreach (var (field, text) in fields)
        {
            if (string.IsNullOrWhiteSpace(text)) continue;
            sb.Append("# ").Append(field).Append('\n').Append(text.Replace("\r\n", "\n")).Append('\n');
        }
        return sb.ToString();
    }
}
