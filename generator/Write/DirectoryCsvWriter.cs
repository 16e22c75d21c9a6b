using DirectoryPortal.Model;
using DirectoryPortal.Render;

namespace DirectoryPortal.Write;

/// directory.csv: the whole directory as one spreadsheet row per service, for practitioners who keep
/// their own lists, written from the main language's site with the words its pages use. It links each
/// service to its page and to its entry in the printable directory, which links back here.
public static class DirectoryCsvWriter
{
    public const string OutputPath = "directory.csv";

    // The spreadsheet is the directory's own, in English, like the Open Referral feed; so are its headings.
    private static readonly string[] Columns =
    [
        "Service", "Run by", "What it does", "Needs it helps with", "Phone numbers", "Email", "Website", "Opening hours", "Languages",
        "Who it is for", "Area covered", "How to get help", "Cost", "Page in this directory", "Entry in the printable directory", "Last reviewed", "Permanent id",
    ];

    public static void Add(OutputFiles output, SiteView site)
    {
        var t = site.Strings;
        var d = site.Describe;
        var csv = new CsvText().Row(Columns);
        var baseUrl = site.Site.BaseUrl is { Length: > 0 } b ? b.TrimEnd('/') + "/" : "";
        string Join(IEnumerable<string?> parts) => string.Join("; ", parts.Where(p => !string.IsNullOrWhiteSpace(p)));
        foreach (var s in site.Services)
        {
            csv.Row(
            [
                s.Name,
                s.Organization.Name,
                s.Description,
                Join(s.Categories.Select(site.CategoryName)),
                Join(s.Phones.Select(p => $"{p.Label ?? d.PhoneKind(p)}: {(p.Display.Length > 0 ? p.Display : p.Number)}" + (p.Hours is null ? "" : $" ({p.Hours})"))),
                Join(s.Emails.Select(e => e.Address)),
                s.Url,
                Join([s.Open247 == true ? t["service.open_24_7"] : null, .. s.RegularSchedules.Select(d.Schedule), s.ScheduleNotes]),
                Join([.. s.Languages.Select(l => l.Length == 2 && t.Defines("language_name." + l) ? t["language_name." + l] : l),
                    s.Interpreters == true ? t["service.interpreters"] : null]),
                Join([.. s.Audiences.Select(site.AudienceName), s.Eligibility]),
                Join(s.ServiceAreas.Select(d.Area)),
                Join([s.Referral?.Self == true ? t["service.self_referral"] : null, s.Referral?.Professional == true ? t["service.professional_referral"] : null,
                    s.Referral?.Self == false ? t["service.referral_needed"] : null, s.Referral?.Notes]),
                Join([s.Free == true ? t["service.free"] : null, s.Fees]),
                baseUrl + SitePaths.Service(s.Slug),
                baseUrl + SitePaths.Print + "#service-" + s.Slug,
                s.LastReviewed?.ToString("yyyy-MM-dd", System.Globalization.CultureInfo.InvariantCulture),
                s.Id,
            ]);
        }
        output.Add(OutputPath, csv.ToBytes());
    }
}
