using System.Text;

namespace DirectoryPortal.Bench.Synthetic;

/// Writes a synthetic directory as a DirectoryPortal content folder (services/*.yml, guidance/*.md).
public static class ContentWriter
{
    /// <paramref name="shippedContent"/> supplies site.yml and taxonomy.yml, so categories match the real site.
    public static void Write(SynthDirectory directory, string shippedContent, string target)
    {
        if (Directory.Exists(target)) Directory.Delete(target, recursive: true);
        Directory.CreateDirectory(Path.Combine(target, "services"));
        Directory.CreateDirectory(Path.Combine(target, "guidance"));
        File.Copy(Path.Combine(shippedContent, "site.yml"), Path.Combine(target, "site.yml"));
        File.Copy(Path.Combine(shippedContent, "taxonomy.yml"), Path.Combine(target, "taxonomy.yml"));
        foreach (var s in directory.Services)
            File.WriteAllText(ServicePath(target, s.Slug), ServiceYaml(s));
        foreach (var g in directory.Guidance)
            File.WriteAllText(Path.Combine(target, "guidance", g.Slug + ".md"), GuidanceMarkdown(g));
    }

    public static string ServicePath(string contentDirectory, string slug) => Path.Combine(contentDirectory, "services", slug + ".yml");

    public static string ServiceYaml(SynthService s)
    {
        var sb = new StringBuilder();
        // Derived from the slug, so the same directory is written the same way every time.
        var id = new Guid(System.Security.Cryptography.MD5.HashData(Encoding.UTF8.GetBytes(s.Slug)));
        sb.Append("id: ").Append(id.ToString("D")).Append('\n');
        sb.Append("name: ").Append(Yaml.Q(s.Name)).Append('\n');
        sb.Append("organization:\n  name: ").Append(Yaml.Q(s.OrganizationName)).Append("\n  url: ").Append(s.OrganizationUrl).Append('\n');
        sb.Append("description: ").Append(Yaml.Q(s.Description)).Append('\n');
        if (s.Details is not null) Yaml.Block(sb, "details", s.Details);
        sb.Append("categories: ").Append(Yaml.List(s.Categories)).Append('\n');
        sb.Append("audiences: ").Append(Yaml.List(s.Audiences)).Append('\n');
        sb.Append("eligibility: ").Append(Yaml.Q(s.Eligibility)).Append('\n');
        sb.Append("service_areas: ").Append(Yaml.List(s.ServiceAreas)).Append('\n');
        sb.Append("url: ").Append(s.Url).Append('\n');
        AppendSharedFields(sb, s);
        sb.Append("last_reviewed: ").Append(s.LastReviewed.ToString("yyyy-MM-dd")).Append('\n');
        return sb.ToString();
    }

    /// The fields our records and the Hugo site's front matter write the same way: contacts, hours, access.
    public static void AppendSharedFields(StringBuilder sb, SynthService s)
    {
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
    }

    public static string GuidanceMarkdown(SynthGuidance g) => GuidancePage(g, orderKey: "order");

    /// A guidance page with its front matter; Hugo calls the sort key "weight", we call it "order".
    public static string GuidancePage(SynthGuidance g, string orderKey)
    {
        var sb = new StringBuilder("---\n");
        sb.Append("title: ").Append(Yaml.Q(g.Title)).Append('\n');
        sb.Append("summary: ").Append(Yaml.Q(g.Summary)).Append('\n');
        sb.Append("audience: ").Append(Yaml.List(g.Audience)).Append('\n');
        sb.Append("categories: ").Append(Yaml.List(g.Categories)).Append('\n');
        sb.Append(orderKey).Append(": ").Append(g.Order).Append('\n');
        sb.Append("related_services: ").Append(Yaml.List(g.RelatedServices)).Append('\n');
        sb.Append("---\n").Append(g.Body);
        return sb.ToString();
    }
}
