using DirectoryPortal.Load;
using DirectoryPortal.Localize;
using DirectoryPortal.Model;

namespace DirectoryPortal.Validate;

/// Translations carry no facts of their own: their numbers and links must be the English ones. This also
/// checks how each says it was made, and warns when the English changed after it was translated.
public sealed class TranslationCheck : IContentCheck
{
    public void Check(ContentSet content, CheckContext context)
    {
        foreach (var (_, language) in content.Translations)
            foreach (var translation in language.All)
            {
                if (context.Scope is { } scope && !scope(translation)) continue;
                CheckState(translation, context);
                switch (translation)
                {
                    case GuidanceText g when content.Guidance.FirstOrDefault(x => x.Slug == g.Slug) is { } source:
                        SameFacts(g, "body", source.Body, g.Body, context);
                        SameFacts(g, "title", source.Title, g.Title, context, links: false);
                        SameFacts(g, "summary", source.Summary, g.Summary, context, links: false);
                        break;
                    case GuidanceText g:
                        context.Error(g, "", $"translates guidance/{g.Slug}.md, which does not exist.", "Rename the file to match an English page, or delete it.");
                        continue;
                    case ServiceText s when content.Services.FirstOrDefault(x => x.Slug == s.Slug) is { } source:
                        CheckService(s, source, context);
                        break;
                    case ServiceText s:
                        context.Error(s, "", $"translates services/{s.Slug}.yml, which does not exist.", "Rename the file to match an English record, or delete it.");
                        continue;
                    case SiteText t:
                        SameFacts(t, "emergency_notice", content.Site.EmergencyNotice, t.EmergencyNotice, context);
                        SameFacts(t, "description", content.Site.Description, t.Description, context, links: false);
                        break;
                    case TaxonomyText t:
                        // A taxonomy.yml that could not be read has its own error; every slug would follow it.
                        if (!content.Failed.Contains("taxonomy.yml")) CheckTaxonomy(t, content.Taxonomy, context);
                        break;
                }
                CheckFreshness(translation, content, context);
            }
    }

    private static void CheckState(TranslationRecord t, CheckContext context)
    {
        if (t.Translation != "reviewed") return;
        if (string.IsNullOrWhiteSpace(t.ReviewedBy))
            context.Error(t, "reviewed_by", "A reviewed translation must say who reviewed it.", "Add 'reviewed_by:' with the qualified translator's name, or set 'translation: draft'.");
        if (t.ReviewedOn is null)
            context.Error(t, "reviewed_on", "A reviewed translation must say when it was reviewed.", "Add 'reviewed_on: YYYY-MM-DD', or set 'translation: draft'.");
    }

    private static void CheckService(ServiceText s, Service source, CheckContext context)
    {
        var english = string.Join("\n", new[] { source.Description, source.Details, source.Eligibility, source.Fees, source.SafetyNotes, source.ScheduleNotes, source.Referral?.Notes, source.Accessibility?.Notes });
        foreach (var (field, text) in new (string, string?)[] { ("description", s.Description), ("details", s.Details), ("eligibility", s.Eligibility), ("fees", s.Fees),
                     ("safety_notes", s.SafetyNotes), ("schedule_notes", s.ScheduleNotes), ("referral.notes", s.Referral?.Notes), ("accessibility.notes", s.Accessibility?.Notes) })
            NoNewFacts(s, field, english, text, context);
        for (var i = 0; i < s.Phones.Count; i++)
        {
            var phone = s.Phones[i];
            var match = source.Phones.FirstOrDefault(p => Localizer.SameNumber(p.Number, phone.Number));
            if (match is null)
            {
                context.Error(s, $"phones[{i}].number", $"'{phone.Number}' is not one of the English record's numbers.",
                    "Copy the number exactly from the English record: it only says which phone these words are for.");
                continue;
            }
            NoNewFacts(s, $"phones[{i}].hours", match.Hours + "\n" + match.Label, phone.Hours, context);
            NoNewFacts(s, $"phones[{i}].label", match.Hours + "\n" + match.Label, phone.Label, context);
        }
    }

    private static void CheckTaxonomy(TaxonomyText t, Taxonomy source, CheckContext context)
    {
        for (var i = 0; i < t.Categories.Count; i++)
            if (!source.Categories.Any(c => c.Slug == t.Categories[i].Slug))
                context.Error(t, $"categories[{i}].slug", $"'{t.Categories[i].Slug}' is not a category in taxonomy.yml.", "Use the slug exactly as taxonomy.yml writes it.");
        for (var i = 0; i < t.Audiences.Count; i++)
            if (!source.Audiences.Any(a => a.Slug == t.Audiences[i].Slug))
                context.Error(t, $"audiences[{i}].slug", $"'{t.Audiences[i].Slug}' is not an audience in taxonomy.yml.", "Use the slug exactly as taxonomy.yml writes it.");
    }

    // A whole text against its English: the same numbers and the same links, no more and no fewer.
    private static void SameFacts(TranslationRecord t, string field, string? english, string? translated, CheckContext context, bool links = true)
    {
        if (string.IsNullOrWhiteSpace(translated)) return;
        Compare(t, field, "number", TextFacts.Numbers(english), TextFacts.Numbers(translated), context,
            "Copy every phone number and other number exactly as the English writes it, in the digits 0 to 9.");
        if (links)
            Compare(t, field, "link", TextFacts.Links(english), TextFacts.Links(translated), context,
                "Keep every link's address exactly as in the English; translate only the link's words.");
    }

    // Part of a record against all of the English record's words: it may leave numbers out, but never add one.
    private static void NoNewFacts(TranslationRecord t, string field, string english, string? translated, CheckContext context)
    {
        if (string.IsNullOrWhiteSpace(translated)) return;
        var known = TextFacts.Numbers(english);
        foreach (var number in TextFacts.Numbers(translated).Where(n => !known.Contains(n)))
            context.Error(t, field, $"has the number {number}, which the English record does not.", "Numbers come from the English record only: copy them exactly.");
        var links = TextFacts.Links(english);
        foreach (var link in TextFacts.Links(translated).Where(l => !links.Contains(l)))
            context.Error(t, field, $"links to {link}, which the English record does not.", "Links come from the English record only: copy the address exactly.");
    }

    private static void Compare(TranslationRecord t, string field, string what, IReadOnlyList<string> english, IReadOnlyList<string> translated, CheckContext context, string fix)
    {
        var missing = english.Except(translated).ToList();
        var extra = translated.Except(english).ToList();
        if (missing.Count > 0)
            context.Error(t, field, $"is missing the {what}(s) {string.Join(", ", missing)} that {t.SourceOf} has.", fix);
        if (extra.Count > 0)
            context.Error(t, field, $"has the {what}(s) {string.Join(", ", extra)} that {t.SourceOf} does not.", fix);
    }

    private static void CheckFreshness(TranslationRecord t, ContentSet content, CheckContext context)
    {
        var text = SourceText.For(t, content);
        if (text is null) return;
        var now = SourceText.Fingerprint(text);
        if (string.IsNullOrWhiteSpace(t.TranslatedFrom))
        {
            context.Warning(t, "translated_from", "does not say which version of the English it was translated from.",
                $"When the translation matches the English, run: dotnet run --project generator -- translate stamp content/{t.SourceFile}");
            return;
        }
        if (t.TranslatedFrom == now) return;
        var old = SourceHistory.Find(content.ContentDirectory, t.SourceOf, t.TranslatedFrom, file => SourceText.Parse(t, file));
        var diff = old is null ? "" : "\n      What changed in the English:\n        " + string.Join("\n        ", TextDiff.Lines(old, text));
        context.Warning(t, "translated_from", $"{t.SourceOf} has changed since this was translated.{diff}",
            $"Update the translation to match the English, then run: dotnet run --project generator -- translate stamp content/{t.SourceFile}");
    }
}
