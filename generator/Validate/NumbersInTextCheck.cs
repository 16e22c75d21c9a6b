using System.Text.RegularExpressions;
using DirectoryPortal.Model;

namespace DirectoryPortal.Validate;

/// Warns when guidance or a service's text names a UK phone number that no service record lists in its
/// phones, so every number shown comes from one checked, reviewed place.
public sealed partial class NumbersInTextCheck : IContentCheck
{
    // A UK number written in text: 0 or +44 (optionally "(0)") then 8 to 11 more digits, single spaces or hyphens between.
    [GeneratedRegex(@"(?<![\d+])(?:\+44[ ]?(?:\(0\)[ ]?)?|0)\d(?:[ -]?\d){7,10}(?!\d)")]
    private static partial Regex NumberPattern();

    public void Check(ContentSet content, CheckContext context)
    {
        var services = context.ServicesToCheck(content);
        var guidance = context.GuidanceToCheck(content);
        if (services.Count == 0 && guidance.Count == 0) return;
        var held = HeldNumbers(content);

        foreach (var s in services)
            foreach (var (field, text) in TextFields(s))
                foreach (var (number, dial, _) in Find(text))
                    if (!held.Contains(dial))
                        context.Warning(s, field, Message(number), Fix);

        foreach (var g in guidance)
            foreach (var (number, dial, index) in Find(g.Body))
                if (!held.Contains(dial))
                    context.Problems.Warning(g.SourceFile, g.BodyFirstLine + g.Body.AsSpan(0, index).Count('\n'), 1, "body", Message(number), Fix);
    }

    /// Every number the service records list, in dialling form (+44...), to compare with numbers in text.
    public static HashSet<string> HeldNumbers(ContentSet content)
    {
        var held = new HashSet<string>(StringComparer.Ordinal);
        foreach (var s in content.Services)
            foreach (var p in s.Phones)
                if (PhoneCheck.TryFormat(p.Number, out _, out var dial)) held.Add(dial);
        return held;
    }

    /// The valid UK numbers in a text, as written, in dialling form, and where they start.
    public static IEnumerable<(string Written, string Dial, int Index)> Find(string text)
    {
        foreach (Match m in NumberPattern().Matches(text))
        {
            // A number followed by other digits ("0808 2000 247 24 hours") matches too long: shorten it
            // a group at a time until it is a valid number.
            var candidate = m.Value;
            while (true)
            {
                if (PhoneCheck.TryFormat(candidate, out _, out var dial) && dial.StartsWith('+'))
                {
                    yield return (candidate, dial, m.Index);
                    break;
                }
                var cut = candidate.LastIndexOfAny([' ', '-']);
                if (cut <= 0) break;
                candidate = candidate[..cut];
            }
        }
    }

    private static IEnumerable<(string Field, string Text)> TextFields(Service s)
    {
        yield return ("description", s.Description);
        if (s.Details is { } details) yield return ("details", details);
        if (s.Eligibility is { } eligibility) yield return ("eligibility", eligibility);
        if (s.ScheduleNotes is { } notes) yield return ("schedule_notes", notes);
        if (s.SafetyNotes is { } safety) yield return ("safety_notes", safety);
        if (s.Fees is { } fees) yield return ("fees", fees);
        if (s.Referral?.Notes is { } referral) yield return ("referral.notes", referral);
        if (s.Accessibility?.Notes is { } access) yield return ("accessibility.notes", access);
        for (var i = 0; i < s.Phones.Count; i++)
        {
            if (s.Phones[i].Label is { } label) yield return ($"phones[{i}].label", label);
            if (s.Phones[i].Hours is { } hours) yield return ($"phones[{i}].hours", hours);
        }
        for (var i = 0; i < s.RegularSchedules.Count; i++)
            if (s.RegularSchedules[i].Description is { } d) yield return ($"regular_schedules[{i}].description", d);
        for (var i = 0; i < s.Chat.Count; i++)
        {
            if (s.Chat[i].Label is { } label) yield return ($"chat[{i}].label", label);
            if (s.Chat[i].Hours is { } hours) yield return ($"chat[{i}].hours", hours);
        }
    }

    private static string Message(string number) => $"names the phone number {number}, which no service record lists in its phones.";

    private const string Fix = "Add the number to the phones of the service it belongs to, with the page it comes from as that record's source, or correct it here. Numbers shown on the site must come from a service record, so they are checked and reviewed in one place.";
}
