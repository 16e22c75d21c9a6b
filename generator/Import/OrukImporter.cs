using System.Text.Json;
using DirectoryPortal.Model;
using DirectoryPortal.Validate;
using DirectoryPortal.Write.OpenReferral;
using static DirectoryPortal.Import.OrukJson;

namespace DirectoryPortal.Import;

/// Turns one ORUK 3.0 service (as /services/{id} gives it, or as a /services list item) into our record,
/// the reverse of the feed's ServiceMapper, and notes everything it could not map. It never makes up a
/// fact: what the service does not say stays empty, and `check` then says what is missing.
public sealed class OrukImporter
{
    // The service's own fields this importer reads; any other field with a value is reported.
    private static readonly HashSet<string> Read = new(StringComparer.Ordinal)
    {
        "id", "organization_id", "name", "description", "url", "email", "status", "eligibility_description", "application_process",
        "assured_date", "fees", "organization", "schedules", "service_areas", "service_at_locations", "languages", "cost_options",
        "contacts", "phones", "attributes", "last_modified",
    };

    private readonly Taxonomy _taxonomy;
    private readonly UiStrings _strings;
    private readonly string? _source;

    /// <paramref name="taxonomy"/> is the target site's, whose categories and audiences attributes must name.
    public OrukImporter(Taxonomy taxonomy, UiStrings strings, string? source)
    {
        _taxonomy = taxonomy;
        _strings = strings;
        _source = source;
    }

    public ImportedService Import(JsonElement json, string origin)
    {
        var s = new Service();
        var result = new ImportedService { Origin = origin, Record = s };
        var status = Text(json, "status");
        if (status is not null && status != "active")
        {
            result.Skipped = $"its status is '{status}', and the directory lists only services that are running";
            return result;
        }
        Identify(json, s, result);
        s.Name = Text(json, "name") ?? "";
        if (s.Name.Length == 0) result.Cannot("name", null, "the service has no name");
        Describe(Text(json, "description"), s);
        s.Url = Text(json, "url");
        s.Eligibility = Text(json, "eligibility_description");
        s.LastReviewed = Date(Text(json, "assured_date"));
        if (s.LastReviewed is null) result.Cannot("assured_date", Text(json, "assured_date"), "no date the facts were checked; last_reviewed is left empty");
        if (Object(json, "organization") is { } org)
        {
            s.Organization = new Organization { Name = Text(org, "name") ?? "", Url = Text(org, "website") ?? Text(org, "url") ?? Text(org, "uri") };
            foreach (var (name, value) in Fields(org))
            {
                if (name is "id" or "name" or "website" or "url" or "uri") continue;
                if (name == "description" && Show(value) == s.Organization.Name) continue;
                result.Cannot($"organization.{name}", Show(value), "the record holds only the organisation's name and web address");
            }
        }
        else result.Cannot("organization", null, "the service names no organisation");

        ServiceAreas(json, s, result);
        new OrukPlaces(result).Read(json, s);
        new OrukContacts(result).Read(json, s);
        Languages(json, s);
        Costs(json, s, result);
        Attributes(json, s, result);
        if (Text(json, "application_process") is { } process) (s.Referral ??= new Referral()).Notes = process;

        if (_source is not null) s.Source = _source;
        else result.Cannot("source", null, "ORUK has no field for where the facts came from; give --source with the feed's address, or fill it in");
        foreach (var (name, value) in Fields(json))
            if (!Read.Contains(name)) result.Cannot(name, Show(value), "the record has no field for it");
        return result;
    }

    private static void Identify(JsonElement json, Service s, ImportedService result)
    {
        var id = Text(json, "id");
        if (id is not null && IdentityCheck.IsId(id)) s.Id = id;
        else if (id is not null && Guid.TryParse(id, out var g)) s.Id = g.ToString("D");
        else
        {
            s.Id = Guid.NewGuid().ToString("D");
            result.Cannot("id", id, $"not a UUID, so the record has a new id, {s.Id}");
        }
    }

    // Our feed gives the short description, a blank line, then the details; so does this.
    private static void Describe(string? text, Service s)
    {
        if (text is null) return;
        var normal = text.ReplaceLineEndings("\n");
        var split = normal.IndexOf("\n\n", StringComparison.Ordinal);
        s.Description = split < 0 ? normal : normal[..split].Trim();
        if (split >= 0 && normal[(split + 2)..].Trim('\n') is { Length: > 0 } details) s.Details = details.TrimEnd();
    }

    private void ServiceAreas(JsonElement json, Service s, ImportedService result)
    {
        foreach (var area in Array(json, "service_areas"))
        {
            var name = Text(area, "name") ?? Text(area, "service_area");
            var slug = FeedAreas.FromUri(Text(area, "uri")) ?? AreaNamed(name);
            if (slug is null) result.Cannot("service_areas", name ?? Text(area, "uri"), "not one of the directory's areas (City of London, London, across the UK)");
            else if (!s.ServiceAreas.Contains(slug)) s.ServiceAreas.Add(slug);
        }
    }

    private string? AreaNamed(string? name)
    {
        if (name is null) return null;
        foreach (var slug in FeedAreas.Slugs)
            if (string.Equals(_strings.Defines("area." + slug) ? _strings["area." + slug] : slug, name, StringComparison.OrdinalIgnoreCase)) return slug;
        return name.Trim().ToLowerInvariant() switch
        {
            "city of london" or "the city of london" or "square mile" => "city-of-london",
            "london" or "greater london" => "london",
            "national" or "uk" or "united kingdom" or "across the uk" => "national",
            _ => null,
        };
    }

    private static void Languages(JsonElement json, Service s)
    {
        foreach (var language in Array(json, "languages"))
            if ((Text(language, "code") ?? Text(language, "name")) is { } value && !s.Languages.Contains(value))
                s.Languages.Add(value);
    }

    private static void Costs(JsonElement json, Service s, ImportedService result)
    {
        var fees = new List<string>();
        foreach (var cost in Array(json, "cost_options"))
        {
            var option = Text(cost, "option");
            var amount = Number(cost, "amount");
            var about = Text(cost, "amount_description");
            if (option == "Free" || amount == 0) s.Free = true;
            else if (option == "Charges apply" || amount > 0) s.Free = false;
            // Ours carries the fees in words alone; another directory's option and amount are kept as words.
            var words = option is "Free" or "Charges apply" or null ? about
                : string.Join(" ", new[] { option + (amount > 0 ? ":" : ""), amount > 0 ? $"£{amount:0.##}" : null, about }.Where(w => w is not null));
            if (words is not null) fees.Add(words);
            foreach (var (name, value) in Fields(cost))
                if (name is "valid_from" or "valid_to") result.Cannot($"cost_options.{name}", Show(value), "the record has no dates for its fees");
        }
        if (Text(json, "fees") is { } deprecated && fees.Count == 0) fees.Add(deprecated);
        if (fees.Count > 0) s.Fees = string.Join(" ", fees);
    }

    private void Attributes(JsonElement json, Service s, ImportedService result)
    {
        var esd = _taxonomy.Categories.SelectMany(c => c.EsdTerms.Select(t => (c.Slug, t.Uri))).ToList();
        var esdSeen = new List<string>();
        foreach (var attribute in Array(json, "attributes"))
        {
            var term = Object(attribute, "taxonomy_term");
            var key = term is { } t ? Text(t, "term") ?? Text(t, "name") : null;
            var value = Text(attribute, "value");
            var linkType = Text(attribute, "link_type");
            if (key is null) { result.Cannot("attributes", Text(attribute, "taxonomy_term_id"), "the attribute's term is not given in full"); continue; }
            if (linkType is "category" or null && _taxonomy.Categories.Any(c => c.Slug == key)) { if (!s.Categories.Contains(key)) s.Categories.Add(key); continue; }
            if (linkType is "audience" or null && _taxonomy.Audiences.Any(a => a.Slug == key)) { if (!s.Audiences.Contains(key)) s.Audiences.Add(key); continue; }
            if (linkType is "need" or "circumstance" && esd.Any(e => e.Uri == key)) { esdSeen.Add(key); continue; }
            if (linkType == "feature" && Feature(s, key, value)) continue;
            result.Cannot("attributes", $"{key} ({Text(term!.Value, "taxonomy") ?? linkType})", "no category or audience in content/taxonomy.yml has this slug; add one, or add the record's categories by hand");
        }
        // An esd term comes with the category it belongs to; one without it says something the record does not.
        foreach (var uri in esdSeen.Where(u => !esd.Any(e => e.Uri == u && s.Categories.Contains(e.Slug))))
            result.Cannot("attributes", uri, "an esd term whose category the record does not have");
        if (s.Categories.Count == 0) result.Cannot("categories", null, "no attribute names a category in content/taxonomy.yml");
    }

    private static bool Feature(Service s, string key, string? value)
    {
        bool? yes = value switch { "true" => true, "false" => false, _ => null };
        switch (key)
        {
            case "self-referral" when yes is not null: (s.Referral ??= new Referral()).Self = yes; return true;
            case "professional-referral" when yes is not null: (s.Referral ??= new Referral()).Professional = yes; return true;
            case "interpreters" when yes is not null: s.Interpreters = yes; return true;
            case "bsl" when yes is not null: (s.Accessibility ??= new Accessibility()).Bsl = yes; return true;
            case "relay-uk" when yes is not null: (s.Accessibility ??= new Accessibility()).RelayUk = yes; return true;
            case "step-free" when yes is not null: (s.Accessibility ??= new Accessibility()).StepFree = yes; return true;
            case "accessibility-notes" when value is not null: (s.Accessibility ??= new Accessibility()).Notes = value; return true;
            default: return false;
        }
    }
}
