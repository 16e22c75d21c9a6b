using DirectoryPortal.Model;
using PhoneNumbers;

namespace DirectoryPortal.Validate;

/// Checks every phone number is a real UK number and sets the formatted number and its link.
public sealed class PhoneCheck : IContentCheck
{
    private static readonly PhoneNumberUtil Util = PhoneNumberUtil.GetInstance();
    private static readonly ShortNumberInfo Short = ShortNumberInfo.GetInstance();

    public void Check(ContentSet content, CheckContext context)
    {
        foreach (var s in context.ServicesToCheck(content))
            for (var i = 0; i < s.Phones.Count; i++)
            {
                var phone = s.Phones[i];
                if (phone.Number.Length == 0) continue;
                if (!TryFormat(phone.Number, out var display, out var dial))
                {
                    context.Error(s, $"phones[{i}].number", $"'{phone.Number}' is not a valid UK phone number.",
                        "Copy the number exactly from the service's own website, in quotes, like \"0808 2000 247\"; check no digit is missing.");
                    continue;
                }
                phone.Display = display;
                phone.Href = (phone.Kind == "text" ? "sms:" : "tel:") + dial;
            }
    }

    // Every number is formatted here and again by NumbersInTextCheck (the numbers the records hold, and each
    // number found in text), and libphonenumber is the slowest part of the check at 10,000 services. The
    // answer depends on the text alone, so it is kept; a long `serve` session clears it now and then.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, (bool Valid, string Display, string Dial)> Formatted = new(StringComparer.Ordinal);
    private static int _added;

    /// Formats a UK number for display and dialling; short numbers (999, 101, 116 123) keep their written grouping.
    public static bool TryFormat(string raw, out string display, out string dial)
    {
        if (!Formatted.TryGetValue(raw, out var known))
        {
            // Counted here, not with Formatted.Count, which takes every one of the dictionary's locks.
            if (Interlocked.Increment(ref _added) > 200_000) { Formatted.Clear(); Interlocked.Exchange(ref _added, 0); }
            known = Formatted[raw] = (Format(raw, out var d, out var n), d, n);
        }
        (display, dial) = (known.Display, known.Dial);
        return known.Valid;
    }

    private static bool Format(string raw, out string display, out string dial)
    {
        display = dial = "";
        var trimmed = raw.Trim();
        if (trimmed.Any(c => !(char.IsDigit(c) || c is ' ' or '+' or '(' or ')' or '-'))) return false;
        try
        {
            var number = Util.Parse(trimmed, "GB");
            if (Util.IsValidNumber(number) && Util.GetRegionCodeForNumber(number) is "GB" or "GG" or "JE" or "IM")
            {
                display = Util.Format(number, PhoneNumberFormat.NATIONAL);
                dial = Util.Format(number, PhoneNumberFormat.E164);
                return true;
            }
            var digits = new string(trimmed.Where(char.IsDigit).ToArray());
            if (!trimmed.StartsWith('+') && Short.IsValidShortNumberForRegion(number, "GB"))
            {
                display = string.Join(' ', trimmed.Split(' ', StringSplitOptions.RemoveEmptyEntries));
                dial = digits;
                return true;
            }
        }
        catch (NumberParseException)
        {
        }
        return false;
    }
}
