using System.Globalization;
using DirectoryPortal.Model;

namespace DirectoryPortal.Render;

/// Turns structured fields into the plain words visitors read ("Monday to Friday, 9am to 5pm").
public static class Describe
{
    private static readonly string[] DayCodes = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];
    private static readonly string[] DayNames = ["Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"];

    public static string Days(IReadOnlyList<string> codes)
    {
        var idx = codes.Select(c => Array.IndexOf(DayCodes, c)).Where(i => i >= 0).Distinct().Order().ToList();
        if (idx.Count == 7) return "Every day";
        var contiguous = idx.Count > 2 && idx[^1] - idx[0] == idx.Count - 1;
        if (contiguous) return $"{DayNames[idx[0]]} to {DayNames[idx[^1]]}";
        return string.Join(", ", idx.Select(i => DayNames[i]));
    }

    public static string Time(string hhmm)
    {
        if (!TimeOnly.TryParseExact(hhmm, "HH:mm", CultureInfo.InvariantCulture, DateTimeStyles.None, out var t)) return hhmm;
        if (t == TimeOnly.MinValue) return "midnight";
        if (t == new TimeOnly(12, 0)) return "midday";
        var hour = t.Hour % 12 == 0 ? 12 : t.Hour % 12;
        var suffix = t.Hour < 12 ? "am" : "pm";
        return t.Minute == 0 ? $"{hour}{suffix}" : $"{hour}:{t.Minute:00}{suffix}";
    }

    public static string Schedule(RegularSchedule s) => $"{Days(s.Byday)}, {Time(s.OpensAt)} to {Time(s.ClosesAt)}";

    public static string Area(string area) => area switch
    {
        "city-of-london" => "City of London",
        "london" => "London",
        "national" => "Across the UK",
        _ => area,
    };

    public static string PhoneKind(Phone p) => p.Kind switch
    {
        "text" => "Text",
        "textphone" => "Textphone",
        _ => "Call",
    };

    public static string Date(DateOnly? date) => date?.ToString("d MMMM yyyy", CultureInfo.InvariantCulture) ?? "";

    public static string Address(Location l) =>
        string.Join(", ", new[] { l.Name, l.Address1, l.Address2, l.City, l.PostalCode }.Where(x => !string.IsNullOrWhiteSpace(x)));

    /// Yes/no fields are shown only when known; null means "not stated".
    public static string? YesNo(bool? value, string yes, string no) => value switch { true => yes, false => no, null => null };
}
