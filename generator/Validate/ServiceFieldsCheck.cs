using System.Globalization;
using DirectoryPortal.Model;

namespace DirectoryPortal.Validate;

/// Service fields with a fixed form: addresses, emails, areas, days and times, lengths.
public sealed class ServiceFieldsCheck : IReadOnlyCheck
{
    public const int MaxDescription = 300;
    private static readonly string[] Areas = ["city-of-london", "london", "national"];
    private static readonly string[] Days = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    public void Check(ContentSet content, CheckContext context)
    {
        foreach (var s in context.ServicesToCheck(content)) CheckService(s, context);
    }

    private static void CheckService(Service s, CheckContext context)
    {
        if (s.Description.Length > MaxDescription)
            context.Error(s, "description", $"is {s.Description.Length} characters; the limit is {MaxDescription}.",
                "Keep the description to one or two sentences and move the rest into 'details'.");
        if (s.Categories.Count == 0 && s.Positions.ContainsKey("categories"))
            context.Error(s, "categories", "is an empty list.", "Add at least one category slug from content/taxonomy.yml.");
        if (s.ServiceAreas.Count == 0 && s.Positions.ContainsKey("service_areas"))
            context.Error(s, "service_areas", "is an empty list.", "Add city-of-london, london or national.");
        for (var i = 0; i < s.ServiceAreas.Count; i++)
            if (!Areas.Contains(s.ServiceAreas[i]))
                context.Error(s, $"service_areas[{i}]", $"'{s.ServiceAreas[i]}' is not an area.", "Use city-of-london, london or national.");

        Web(s, "url", s.Url, context);
        Web(s, "organization.url", s.Organization.Url, context);
        Web(s, "source", s.Source, context);
        for (var i = 0; i < s.Chat.Count; i++) Web(s, $"chat[{i}].url", s.Chat[i].Url, context);
        for (var i = 0; i < s.Emails.Count; i++)
            if (!Addresses.IsEmail(s.Emails[i].Address))
                context.Error(s, $"emails[{i}].address", $"'{s.Emails[i].Address}' is not an email address.", "Write it like name@example.org, with no spaces or 'mailto:'.");

        for (var i = 0; i < s.RegularSchedules.Count; i++)
        {
            var rs = s.RegularSchedules[i];
            for (var d = 0; d < rs.Byday.Count; d++)
                if (!Days.Contains(rs.Byday[d]))
                    context.Error(s, $"regular_schedules[{i}].byday[{d}]", $"'{rs.Byday[d]}' is not a day.", "Use two-letter days: MO, TU, WE, TH, FR, SA, SU.");
            if (rs.Byday.Count == 0 && s.Positions.ContainsKey($"regular_schedules[{i}].byday"))
                context.Error(s, $"regular_schedules[{i}].byday", "is an empty list.", "List the days this applies to, for example [MO, TU, WE, TH, FR].");
            var opens = Time(s, $"regular_schedules[{i}].opens_at", rs.OpensAt, context);
            var closes = Time(s, $"regular_schedules[{i}].closes_at", rs.ClosesAt, context);
            // Closing earlier than opening is an overnight span; only 00:00 to 00:00 (the whole day) may be equal.
            if (opens is { } o && closes is { } c && c == o && rs.ClosesAt != "00:00")
                context.Error(s, $"regular_schedules[{i}].closes_at", $"closes at {rs.ClosesAt}, the same time it opens.",
                    "For a whole day write opens_at \"00:00\" and closes_at \"00:00\"; for a span past midnight, the closing time is on the next day.");
        }
        Languages(s, context);
        if (s.Open247 == true && s.RegularSchedules.Count > 0)
            context.Warning(s, "open_24_7", "says the service is open 24/7 but regular_schedules lists times too.",
                "Remove one of the two so visitors are not given conflicting hours.");

        for (var i = 0; i < s.Phones.Count; i++)
            if (s.Phones[i].Type is { } type && type is not ("voice" or "text" or "textphone"))
                context.Error(s, $"phones[{i}].type", $"'{type}' is not a phone type.", "Use voice, text (for SMS) or textphone.");
    }

    private static void Languages(Service s, CheckContext context)
    {
        var seen = new HashSet<string>(StringComparer.Ordinal);
        for (var i = 0; i < s.Languages.Count; i++)
        {
            var code = s.Languages[i];
            if (!LanguageCodes.IsIso6391(code))
                context.Error(s, $"languages[{i}]", $"'{code}' is not a two-letter ISO 639-1 language code.",
                    LanguageCodes.FromName(code) is { } suggested
                        ? $"Write '{suggested}' instead of the name."
                        : "Use the lower-case two-letter code, for example en (English), pl (Polish), bn (Bengali), ur (Urdu). See docs/content-model.md.");
            else if (!seen.Add(code))
                context.Error(s, $"languages[{i}]", $"'{code}' is listed twice.", "Remove the second one.");
        }
    }

    private static void Web(Service s, string field, string? value, CheckContext context)
    {
        if (value is null || value.Length == 0) return;
        if (!Addresses.IsWebUrl(value))
            context.Error(s, field, $"'{value}' is not a web address.", "Write the full address starting https://, with no spaces.");
    }

    private static TimeOnly? Time(Service s, string field, string value, CheckContext context)
    {
        if (value.Length == 0) return null;
        if (TimeOnly.TryParseExact(value, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)) return t;
        context.Error(s, field, $"'{value}' is not a time.", "Write 24-hour time in quotes as \"HH:MM\", for example \"09:00\".");
        return null;
    }
}
