using System.Globalization;
using System.Text;
using DirectoryPortal.Model;

namespace DirectoryPortal.Render;

/// A service's structured hours in the compact form opening-hours.js reads to say "Open now" in the
/// visitor's browser: each span is [days, opens, closes], days a bit mask (1 Monday ... 64 Sunday), times in
/// minutes after midnight UK time, and closes past 1440 when the span ends the next day.
public static class OpeningHours
{
    private static readonly string[] DayCodes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    /// What the page's status element carries: "always" for open_24_7, the spans as JSON, or null when no hours are structured.
    public static string? Attribute(Service s)
    {
        if (s.Open247 == true) return "always";
        var spans = Spans(s);
        if (spans is null) return null;
        var sb = new StringBuilder("[");
        for (var i = 0; i < spans.Count; i++)
        {
            if (i > 0) sb.Append(',');
            sb.Append('[').Append(string.Join(',', spans[i].Select(n => n.ToString(CultureInfo.InvariantCulture)))).Append(']');
        }
        return sb.Append(']').ToString();
    }

    /// The spans of regular_schedules, or null when there are none (or the service is open 24/7).
    public static IReadOnlyList<int[]>? Spans(Service s)
    {
        if (s.Open247 == true || s.RegularSchedules.Count == 0) return null;
        var spans = new List<int[]>(s.RegularSchedules.Count);
        foreach (var r in s.RegularSchedules)
        {
            var days = 0;
            foreach (var d in r.Byday)
            {
                var i = Array.IndexOf(DayCodes, d);
                if (i >= 0) days |= 1 << i;
            }
            if (days == 0 || Minutes(r.OpensAt) is not { } opens || Minutes(r.ClosesAt) is not { } closes) continue;
            // 00:00 as a closing time is the midnight that ends the day; earlier than opening is the next day.
            if (closes <= opens) closes += 1440;
            spans.Add([days, opens, closes]);
        }
        return spans.Count == 0 ? null : spans;
    }

    private static int? Minutes(string hhmm) =>
        TimeOnly.TryParseExact(hhmm, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t) ? t.Hour * 60 + t.Minute : null;
}
