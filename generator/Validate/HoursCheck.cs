using DirectoryPortal.Model;

namespace DirectoryPortal.Validate;

/// Warns when a service gives phone numbers but says nothing about when they are answered.
public sealed class HoursCheck : IReadOnlyCheck
{
    public void Check(ContentSet content, CheckContext context)
    {
        foreach (var s in context.ServicesToCheck(content))
        {
            // A person in crisis needs to know whether a line is answered now; an editor who cannot
            // confirm the hours says so in schedule_notes instead, so the page never just says nothing.
            if (s.Phones.Count == 0 || s.Open247 == true || s.RegularSchedules.Count > 0 || !string.IsNullOrWhiteSpace(s.ScheduleNotes)) continue;
            context.Warning(s, "phones", $"lists {(s.Phones.Count == 1 ? "a phone number" : $"{s.Phones.Count} phone numbers")} but no opening hours.",
                "Add regular_schedules (days, opens_at, closes_at) or open_24_7: true from the service's own page. If the hours cannot be confirmed, say so in schedule_notes and name a line that is open when this one is not.");
        }
    }
}
