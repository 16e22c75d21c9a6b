using DirectoryPortal.Model;

namespace DirectoryPortal.Localize;

/// Makes one language's version of the content: the English records with their words replaced by the
/// translation's where it gives them. Every fact (names, numbers, links, hours, categories) stays the English
/// record's, so a translation cannot change a phone number. What is not translated stays English and is
/// marked so (see Localization), so the page can say so and set lang="en" on it.
public static class Localizer
{
    public static ContentSet Localize(ContentSet english, Language language)
    {
        if (language.IsMain) return english;
        var texts = english.Translations.GetValueOrDefault(language.Code) ?? new LanguageTranslations(language.Code);
        return new ContentSet
        {
            ContentDirectory = english.ContentDirectory,
            Site = Site(english.Site, texts.Site, language.Code),
            Taxonomy = Taxonomy(english.Taxonomy, texts.Taxonomy, language.Code),
            Services = english.Services.Select(s => Service(s, texts.Services.GetValueOrDefault(s.Slug), language.Code)).ToList(),
            Guidance = english.Guidance.Select(g => Guidance(g, texts.Guidance.GetValueOrDefault(g.Slug), language.Code)).ToList(),
            Synonyms = english.Synonyms,
            Strings = english.Strings,
            Translations = english.Translations,
        };
    }

    // Collects which fields stayed English while the copy takes each translated value.
    private sealed class Fields
    {
        public HashSet<string> English { get; } = new(StringComparer.Ordinal);

        /// The translated text when there is one; otherwise the English, noted as such when there is any.
        public string? Take(string field, string? english, string? translated)
        {
            if (!string.IsNullOrWhiteSpace(translated)) return translated;
            if (!string.IsNullOrWhiteSpace(english)) English.Add(field);
            return english;
        }
    }

    private static Service Service(Service source, ServiceText? text, string language)
    {
        var copy = source.CopyAs<Service>();
        var f = new Fields();
        f.English.Add("name");
        copy.Description = f.Take("description", source.Description, text?.Description)!;
        copy.Details = f.Take("details", source.Details, text?.Details);
        copy.Eligibility = f.Take("eligibility", source.Eligibility, text?.Eligibility);
        copy.Fees = f.Take("fees", source.Fees, text?.Fees);
        copy.SafetyNotes = f.Take("safety_notes", source.SafetyNotes, text?.SafetyNotes);
        copy.ScheduleNotes = f.Take("schedule_notes", source.ScheduleNotes, text?.ScheduleNotes);
        if (source.Referral is { } referral)
        {
            copy.Referral = referral.Copy();
            copy.Referral.Notes = f.Take("referral.notes", referral.Notes, text?.Referral?.Notes);
        }
        if (source.Accessibility is { } access)
        {
            copy.Accessibility = access.Copy();
            copy.Accessibility.Notes = f.Take("accessibility.notes", access.Notes, text?.Accessibility?.Notes);
        }
        copy.Keywords = text is { Keywords.Count: > 0 } ? text.Keywords : source.Keywords;
        copy.Phones = source.Phones.Select((p, i) =>
        {
            var phone = p.Copy();
            var words = text?.Phones.FirstOrDefault(t => SameNumber(t.Number, p.Number));
            phone.Label = f.Take($"phones[{i}].label", p.Label, words?.Label);
            phone.Hours = f.Take($"phones[{i}].hours", p.Hours, words?.Hours);
            return phone;
        }).ToList();
        copy.Localization = new Localization(language, text, f.English);
        return copy;
    }

    private static Guidance Guidance(Guidance source, GuidanceText? text, string language)
    {
        var copy = source.CopyAs<Guidance>();
        var f = new Fields();
        copy.Title = f.Take("title", source.Title, text?.Title)!;
        copy.Summary = f.Take("summary", source.Summary, text?.Summary);
        copy.Body = f.Take("body", source.Body, text?.Body) ?? "";
        if (text is not null) copy.BodyFirstLine = text.BodyFirstLine;
        copy.Keywords = text is { Keywords.Count: > 0 } ? text.Keywords : source.Keywords;
        copy.Localization = new Localization(language, text, f.English);
        return copy;
    }

    private static Site Site(Site source, SiteText? text, string language)
    {
        var copy = source.CopyAs<Site>();
        var f = new Fields();
        copy.Title = f.Take("title", source.Title, text?.Title)!;
        copy.Description = f.Take("description", source.Description, text?.Description)!;
        copy.EmergencyNotice = f.Take("emergency_notice", source.EmergencyNotice, text?.EmergencyNotice)!;
        copy.Localization = new Localization(language, text, f.English);
        return copy;
    }

    private static Taxonomy Taxonomy(Taxonomy source, TaxonomyText? text, string language)
    {
        var copy = source.CopyAs<Taxonomy>();
        var f = new Fields();
        copy.Categories = source.Categories.Select(c =>
        {
            var words = text?.Categories.FirstOrDefault(t => t.Slug == c.Slug);
            var category = c.Copy();
            category.Name = f.Take($"categories.{c.Slug}.name", c.Name, words?.Name)!;
            category.Description = f.Take($"categories.{c.Slug}.description", c.Description, words?.Description)!;
            category.InEnglish = string.IsNullOrWhiteSpace(words?.Name);
            return category;
        }).ToList();
        copy.Audiences = source.Audiences.Select(a =>
        {
            var words = text?.Audiences.FirstOrDefault(t => t.Slug == a.Slug);
            var audience = a.Copy();
            audience.Name = f.Take($"audiences.{a.Slug}.name", a.Name, words?.Name)!;
            audience.InEnglish = string.IsNullOrWhiteSpace(words?.Name);
            return audience;
        }).ToList();
        copy.Localization = new Localization(language, text, f.English);
        return copy;
    }

    /// Phone numbers compared by their digits, so "0808 2000 247" and "08082000247" are the same phone.
    public static bool SameNumber(string a, string b) =>
        a.Where(char.IsAsciiDigit).SequenceEqual(b.Where(char.IsAsciiDigit));
}
