using System.Globalization;
using DirectoryPortal.Model;

namespace DirectoryPortal.Render;

/// Turns structured fields into the words visitors read ("Monday to Friday, 9am to 5pm"), in one language.
public sealed class Describer(UiStrings strings)
{
    private static readonly string[] DayCodes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    public string Days(IReadOnlyList<string> codes)
    {
        var idx = codes.Select(c => Array.IndexOf(DayCodes, c)).Where(i => i >= 0).Distinct().Order().ToList();
        if (idx.Count == 7) return strings["days.every_day"];
        var contiguous = idx.Count > 2 && idx[^1] - idx[0] == idx.Count - 1;
        if (contiguous) return strings.Format("days.range", ("first", DayName(idx[0])), ("last", DayName(idx[^1])));
        return string.Join(strings["list.separator"], idx.Select(DayName));
    }

    private string DayName(int index) => strings["day." + DayCodes[index].ToLowerInvariant()];

    public string Time(string hhmm)
    {
        if (!TimeOnly.TryParseExact(hhmm, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)) return hhmm;
        if (strings["time.style"] == "24-hour") return t.ToString("HH:mm", CultureInfo.InvariantCulture);
        if (t == TimeOnly.MinValue) return strings["time.midnight"];
        if (t == new TimeOnly(12, 0)) return strings["time.midday"];
        var hour = t.Hour % 12 == 0 ? 12 : t.Hour % 12;
        var clock = t.Minute == 0 ? hour.ToString(CultureInfo.InvariantCulture) : $"{hour}:{t.Minute:00}";
        return strings.Format(t.Hour < 12 ? "time.am" : "time.pm", ("time", clock));
    }

    public string Schedule(RegularSchedule s) => s.OpensAt == "00:00" && s.ClosesAt == "00:00"
        ? strings.Format("schedule.all_day", ("days", Days(s.Byday)))
        : strings.Format("schedule.days_and_times", ("days", Days(s.Byday)), ("opens", Time(s.OpensAt)), ("closes", Time(s.ClosesAt)));

    public string Area(string area) => strings.Defines("area." + area) ? strings["area." + area] : area;

    public string PhoneKind(Phone p) => strings["phone.kind." + p.Kind];

    public string Date(DateOnly? date) => date is { } d
        ? strings.Format("date.format", ("day", d.Day), ("month", strings["month." + d.Month.ToString(CultureInfo.InvariantCulture)]), ("year", d.Year))
        : "";

    /// The address in one line; for a confidential location, only that it is confidential and its area.
    public string Address(Location l) => l.IsConfidential
        ? strings.Format("location.confidential", ("area", l.Area))
        : string.Join(strings["list.separator"], new[] { l.Name, l.Address1, l.Address2, l.City, l.PostalCode }.Where(x => !string.IsNullOrWhiteSpace(x)));

    /// Yes/no fields are shown only when known; null means "not stated".
    public static string? YesNo(bool? value, string yes, string no) => value switch { true => yes, false => no, null => null };
}
