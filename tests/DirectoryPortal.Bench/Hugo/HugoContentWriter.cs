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
        ContentWriter.AppendSharedFields(sb, s);
        sb.Append("last_reviewed: ").Append(Yaml.Q(s.LastReviewed.ToString("yyyy-MM-dd"))).Append('\n');
        sb.Append("---\n").Append(s.Details ?? "");
        return sb.ToString();
    }

    public static string Guidance(SynthGuidance g) => ContentWriter.GuidancePage(g, orderKey: "weight");

    /// A page with only a title and optional extra front matter lines, for sections, terms and one-off pages.
    public static string Stub(string title, params string[] extra) =>
        "---\ntitle: " + Yaml.Q(title) + "\n" + string.Concat(extra.Select(e => e + "\n")) + "---\n";
}
