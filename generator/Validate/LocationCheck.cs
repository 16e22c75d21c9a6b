using DirectoryPortal.Load;
using DirectoryPortal.Model;

namespace DirectoryPortal.Validate;

/// A place people can visit has an address; a confidential one (a refuge) has only an area.
public sealed class LocationCheck : IReadOnlyCheck
{
    public void Check(ContentSet content, CheckContext context)
    {
        foreach (var s in context.ServicesToCheck(content))
        {
            for (var i = 0; i < s.Locations.Count; i++)
            {
                var l = s.Locations[i];
                var at = $"locations[{i}]";
                if (!l.IsConfidential)
                {
                    if (string.IsNullOrWhiteSpace(l.Address1))
                        context.Error(s, $"{at}.address_1", "is missing. A place people can visit needs its address.",
                            "Add 'address_1: ...'. If the address must stay secret (a refuge), write 'confidential: true' and 'area: ...' instead.");
                    continue;
                }
                if (string.IsNullOrWhiteSpace(l.Area))
                    context.Error(s, $"{at}.area", "is missing. A confidential location publishes only its area, so it needs one.",
                        "Add 'area: ...' saying roughly where it is without identifying it, for example 'north London'.");
                foreach (var field in ConfidentialLocations.Withheld)
                    if (s.Positions.ContainsKey($"{at}.{field}"))
                        context.Warning(s, $"{at}.{field}", "is never published for a confidential location, but anyone who can read the content folder can read it.",
                            $"Delete '{field}' from this file unless the content folder is kept private.");
            }
        }
    }
}
