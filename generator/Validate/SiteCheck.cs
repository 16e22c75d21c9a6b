using DirectoryPortal.Model;

namespace DirectoryPortal.Validate;

/// site.yml: the exit destination, base URL and report contact must be usable.
public sealed class SiteCheck : IContentCheck
{
    public void Check(ContentSet content, CheckContext context)
    {
        var site = content.Site;
        if (site.QuickExitUrl.Length > 0 && !(Addresses.IsWebUrl(site.QuickExitUrl) && site.QuickExitUrl.StartsWith("https://", StringComparison.Ordinal)))
            context.Error(site, "quick_exit_url", $"'{site.QuickExitUrl}' is not an https:// web address.",
                "Use a neutral site's full address starting https://, for example https://www.bbc.co.uk/weather.");
        if (site.BaseUrl is { } baseUrl && !Addresses.IsWebUrl(baseUrl))
            context.Error(site, "base_url", $"'{baseUrl}' is not a web address.", "Write the published address in full, starting https://, or remove the line.");
        if (site.ReviewPeriodMonths is { } months && (months < 1 || months > 60))
            context.Error(site, "review_period_months", $"{months} months is not a sensible review period.", "Use a number from 1 to 60; 6 is usual.");
        if (site.SearchSplitAbove is < 0)
            context.Error(site, "search_split_above", $"{site.SearchSplitAbove} is not a number of documents.", "Use 0 or more; leave the line out for the usual 400.");
        var contact = site.ReportContact;
        if (contact.Email is null && contact.Url is null && site.Positions.ContainsKey("report_contact"))
            context.Error(site, "report_contact", "has neither an email nor a url.", "Add 'email:' or 'url:' under report_contact so people can tell you about a wrong entry.");
        if (contact.Email is { } email && !Addresses.IsEmail(email))
            context.Error(site, "report_contact.email", $"'{email}' is not an email address.", "Write it like name@example.org.");
        if (contact.Url is { } url && !Addresses.IsWebUrl(url))
            context.Error(site, "report_contact.url", $"'{url}' is not a web address.", "Write it in full, starting https://.");
    }
}
