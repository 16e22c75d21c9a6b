using System.Text;
using DirectoryPortal.Bench.Synthetic;

namespace DirectoryPortal.Bench.Hugo;

/// Writes the synthetic records as Hugo content: front matter from the record, details or body as Markdown.
public static class HugoContentWriter
{
    public static string Service(SynthService s)
    {
        var sb = new StringBuilder("---\n");
        sb.Append("title: ").Append(Yaml.Q(s.Name)).Append('\n');
        sb.Append("description: ").Append(Yaml.Q(s.Description)).Append('\n');
        sb.Append("organization:\n  name: ").Append(Yaml.Q(s.OrganizationName)).Append("\n  url: ").Append(s.OrganizationUrl).Append('\n');
        sb.Append("categories: ").Append(Yaml.List(s.Categories)).Append('\n');
        sb.Append("audiences: ").Append(Yaml.List(s.Audiences)).Append('\n');
        sb.Append("eligibility: ").Append(Yaml.Q(s.Eligibility)).Append('\n');
        sb.Append("service_areas: ").Append(Yaml.List(s.ServiceAreas)).Append('\n');
        // `url` would set the page's own address in Hugo, so the service's web address goes under another key.
        sb.Append("website: ").Append(s.Url).Append('\n');
        sb.Append("phones:\n");
        foreach (var p in s.Phones)
            sb.Append("  - number: ").Append(Yaml.Q(p.Number)).Append("\n    label: ").Append(Yaml.Q(p.Label))
              .Append("\n    type: ").Append(p.Type).Append("\n    hours: ").Append(Yaml.Q(p.Hours))
              .Append("\n    free: ").Append(Yaml.Bool(p.Free)).Append('\n');
        if (s.Email is not null) sb.Append("emails:\n  - address: ").Append(s.Email).Append("\n    label: General enquiries\n");
        if (s.Location is { } l)
            sb.Append("locations:\n  - name: ").Append(Yaml.Q(l.Name)).Append("\n    address_1: ").Append(Yaml.Q(l.Address1))
              .Append("\n    city: ").Append(l.City).Append("\n    postal_code: ").Append(Yaml.Q(l.PostalCode))
              .Append("\n    access_notes: ").Append(Yaml.Q(l.AccessNotes)).Append('\n');
        if (s.Open247) sb.Append("open_24_7: true\n");
        if (s.Schedules.Count > 0) sb.Append("regular_schedules:\n");
        foreach (var r in s.Schedules)
            sb.Append("  - byday: ").Append(Yaml.List(r.Days)).Append("\n    opens_at: ").Append(Yaml.Q(r.Opens))
              .Append("\n    closes_at: ").Append(Yaml.Q(r.Closes)).Append('\n');
        if (s.Languages.Count > 0) sb.Append("languages: ").Append(Yaml.List(s.Languages)).Append("\ninterpreters: true\n");
        sb.Append("referral:\n  self: ").Append(Yaml.Bool(s.SelfReferral)).Append("\n  professional: true\n");
        sb.Append("free: ").Append(Yaml.Bool(s.Free)).Append('\n');
        if (s.SafetyNotes is not null) sb.Append("safety_notes: ").Append(Yaml.Q(s.SafetyNotes)).Append('\n');
        sb.Append("keywords: ").Append(Yaml.List(s.Keywords)).Append('\n');
        sb.Append("source: ").Append(s.Source).Append('\n');
        sb.Append("last_reviewed: ").Append(Yaml.Q(s.LastReviewed.ToString("yyyy-MM-dd"))).Append('\n');
        sb.Append("---\n").Append(s.Details ?? "");
        return sb.ToString();
    }

    public static string Guidance(SynthGuidance g)
    {
        var sb = new StringBuilder("---\n");
        sb.Append("title: ").Append(Yaml.Q(g.Title)).Append('\n');
        sb.Append("summary: ").Append(Yaml.Q(g.Summary)).Append('\n');
        sb.Append("audience: ").Append(Yaml.List(g.Audience)).Append('\n');
        sb.Append("categories: ").Append(Yaml.List(g.Categories)).Append('\n');
        sb.Append("weight: ").Append(g.Order).Append('\n');
        sb.Append("related_services: ").Append(Yaml.List(g.RelatedServices)).Append('\n');
        sb.Append("---\n").Append(g.Body);
        return sb.ToString();
    }

    /// A page with only a title and optional extra front matter lines, for sections, terms and one-off pages.
    public static string Stub(string title, params string[] extra) =>
        "---\ntitle: " + Yaml.Q(title) + "\n" + string.Concat(extra.Select(e => e + "\n")) + "---\n";
}
