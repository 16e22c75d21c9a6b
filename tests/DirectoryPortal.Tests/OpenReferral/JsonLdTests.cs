using System.Text.Json;
using DirectoryPortal.Load;
using DirectoryPortal.Model;
using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.OpenReferral;

/// Each service page describes its service in schema.org JSON-LD: the service and its provider, a
/// ServiceChannel per phone with the number and languages, and the opening hours.
public class JsonLdTests(FeedSites sites) : IClassFixture<FeedSites>
{
    private static JsonElement JsonLd(string output, string slug)
    {
        var page = Builds.Page(output, $"services/{slug}/index.html");
        var block = Assert.Single(page.QuerySelectorAll("script[type='application/ld+json']"));
        Assert.Equal(page.Head, block.ParentElement);
        Assert.Null(block.GetAttribute("src"));
        Assert.DoesNotContain("</", block.TextContent);
        return JsonDocument.Parse(block.TextContent).RootElement;
    }

    [Theory]
    [InlineData(true)]
    [InlineData(false)]
    public void Every_service_page_describes_its_service(bool shipped)
    {
        var (content, output) = shipped ? (Repo.Content, sites.Shipped) : (sites.Rich.Content, sites.Rich.Output);
        var services = ContentLoader.Load(content, new ProblemList()).Services;
        Assert.NotEmpty(services);
        foreach (var s in services)
        {
            var json = JsonLd(output, s.Slug);
            Assert.Equal("https://schema.org", json.GetProperty("@context").GetString());
            Assert.Contains(json.GetProperty("@type").GetString(), new[] { "Service", "GovernmentService" });
            Assert.Equal(s.Id, json.GetProperty("identifier").GetString());
            Assert.Equal(s.Name, json.GetProperty("name").GetString());
            Assert.Equal(s.Organization.Name, json.GetProperty("provider").GetProperty("name").GetString());
            var channels = json.TryGetProperty("availableChannel", out var c) ? c.EnumerateArray().ToList() : [];
            Assert.All(channels, ch => Assert.Equal("ServiceChannel", ch.GetProperty("@type").GetString()));
            var phones = channels.Where(ch => ch.TryGetProperty("servicePhone", out _)).Select(ch => ch.GetProperty("servicePhone")).ToList();
            Assert.Equal(s.Phones.Count, phones.Count);
            // Each number as the page's own tel: link gives it.
            var page = Builds.Page(output, $"services/{s.Slug}/index.html");
            var links = page.QuerySelectorAll("a.access-points__phone").Select(a => a.GetAttribute("href")!).ToList();
            for (var i = 0; i < phones.Count; i++)
            {
                Assert.Equal("ContactPoint", phones[i].GetProperty("@type").GetString());
                var telephone = phones[i].GetProperty("telephone").GetString()!;
                Assert.Contains(links, l => l == "tel:" + telephone || l.EndsWith(":" + telephone.Replace(" ", ""), StringComparison.Ordinal) || l.EndsWith(telephone, StringComparison.Ordinal));
            }
            if (s.Languages.Count > 0)
            {
                Assert.Equal(s.Languages, json.GetProperty("availableLanguage").EnumerateArray().Select(l => l.GetString()!));
                Assert.All(phones, p => Assert.Equal(s.Languages, p.GetProperty("availableLanguage").EnumerateArray().Select(l => l.GetString()!)));
            }
            var hours = json.TryGetProperty("hoursAvailable", out var h) ? h.EnumerateArray().ToList() : [];
            Assert.Equal((s.Open247 == true ? 1 : 0) + s.RegularSchedules.Count, hours.Count);
            Assert.All(hours, spec => Assert.Equal("OpeningHoursSpecification", spec.GetProperty("@type").GetString()));
            if (s.Free is { } free) Assert.Equal(free, json.GetProperty("isAccessibleForFree").GetBoolean());
        }
    }

    [Fact]
    public void The_rich_records_hours_and_provider_come_through_exactly()
    {
        var refuge = JsonLd(sites.Rich.Output, "test-refuge-service");
        Assert.Equal("Service", refuge.GetProperty("@type").GetString());
        var weekdays = Assert.Single(refuge.GetProperty("hoursAvailable").EnumerateArray());
        Assert.Equal(["https://schema.org/Monday", "https://schema.org/Tuesday", "https://schema.org/Wednesday", "https://schema.org/Thursday", "https://schema.org/Friday"],
            weekdays.GetProperty("dayOfWeek").EnumerateArray().Select(d => d.GetString()!));
        Assert.Equal("09:00", weekdays.GetProperty("opens").GetString());
        Assert.Equal("17:00", weekdays.GetProperty("closes").GetString());
        var phone = refuge.GetProperty("availableChannel").EnumerateArray().First().GetProperty("servicePhone");
        Assert.Equal("+442079460000", phone.GetProperty("telephone").GetString());
        Assert.Equal("Referrals line", phone.GetProperty("contactType").GetString());
        Assert.Equal(["en", "pl"], phone.GetProperty("availableLanguage").EnumerateArray().Select(l => l.GetString()!));

        var centre = JsonLd(sites.Rich.Output, "test-drop-in-centre");
        var always = Assert.Single(centre.GetProperty("hoursAvailable").EnumerateArray());
        Assert.Equal(7, always.GetProperty("dayOfWeek").GetArrayLength());
        // A public body's service is a GovernmentService (shipped: the City of London Police's).
        var police = JsonLd(sites.Shipped, "city-of-london-police");
        Assert.Equal("GovernmentService", police.GetProperty("@type").GetString());
        Assert.Equal("GovernmentOrganization", police.GetProperty("provider").GetProperty("@type").GetString());
    }
}
