using System.Globalization;
using System.Text.Json.Nodes;
using DirectoryPortal.Model;
using DirectoryPortal.Render;

namespace DirectoryPortal.Write.OpenReferral;

/// One service record as an ORUK 3.0 service. Where ORUK 3.0 has no field for something we hold, the
/// HSDS 3.0 field ORUK is a profile of is used (its schemas allow extra fields); docs/partners.md lists
/// every field and what it comes from. Confidential locations reach this point holding only their area.
public sealed class ServiceMapper(SiteView site, FeedVocabulary vocabulary)
{
    private const string Days = "MO,TU,WE,TH,FR,SA,SU";
    public const string Open247Description = "Open 24 hours a day, every day.";
    public const string ConfidentialDescription = "The address is confidential.";

    public static string OrganizationId(Organization o) => FeedIds.Of("organization:" + o.Name.Trim().ToLowerInvariant());

    /// The one-to-one fields, with the organisation: what /services lists.
    public JsonObject Summary(Service s)
    {
        var description = s.Details is { Length: > 0 } details ? s.Description + "\n\n" + details.TrimEnd() : s.Description;
        return new JsonObject()
            .With("id", s.Id)
            .With("organization_id", OrganizationId(s.Organization))
            .With("name", s.Name)
            .With("description", description)
            .With("url", s.Url)
            .With("email", s.Emails.FirstOrDefault()?.Address)
            .With("status", "active")
            .With("eligibility_description", s.Eligibility)
            .With("application_process", s.Referral?.Notes)
            .With("assured_date", s.LastReviewed?.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture))
            .With("organization", Organization(s.Organization));
    }

    /// The whole service with everything related to it: what /services/{id} returns.
    public JsonObject Full(Service s, bool withLocations = true)
    {
        var id = s.Id!;
        var json = Summary(s);
        var organization = json["organization"]!;
        json.Remove("organization");
        json.With("schedules", Array(Schedules(s)))
            .With("service_areas", Array(s.ServiceAreas.Select((area, i) => new JsonObject()
                .With("id", FeedIds.Of(id, $"service_area:{i}"))
                .With("service_id", id)
                .With("name", site.Describe.Area(area))
                .With("uri", FeedAreas.UriOf(area)))))
            .With("service_at_locations", withLocations ? Array(AtLocations(s).Select(l => l.Json)) : null)
            .With("languages", Array(s.Languages.Select((language, i) => Language(id, language, i))))
            .With("organization", organization.AsObject())
            .With("cost_options", Array(Costs(s)))
            .With("contacts", Array(Contacts(s)))
            .With("attributes", Array(Attributes(s)));
        return json;
    }

    public static JsonObject Organization(Organization o) => new JsonObject()
        .With("id", OrganizationId(o))
        .With("name", o.Name)
        // Required by ORUK; the records hold no description of the organisation, and none is made up.
        .Always("description", "")
        .With("website", o.Url);

    /// Each place the service is delivered: its locations, then its online chats as virtual locations.
    public IEnumerable<(string Id, JsonObject Json, JsonObject Location)> AtLocations(Service s)
    {
        var id = s.Id!;
        var n = 0;
        foreach (var (l, i) in s.Locations.Select((l, i) => (l, i)))
            yield return AtLocation(id, n++, Physical(id, l, i));
        foreach (var (c, i) in s.Chat.Select((c, i) => (c, i)))
            yield return AtLocation(id, n++, new JsonObject()
                .With("id", FeedIds.Of(id, $"location:chat:{i}"))
                .With("location_type", "virtual")
                .With("name", c.Label)
                .With("description", c.Hours)
                .With("url", c.Url));
    }

    private static (string, JsonObject, JsonObject) AtLocation(string serviceId, int n, JsonObject location)
    {
        var salId = FeedIds.Of(serviceId, $"service_at_location:{n}");
        var json = new JsonObject()
            .With("id", salId)
            .With("service_id", serviceId)
            .With("location_id", (string)location["id"]!)
            .With("location", location);
        return (salId, json, location);
    }

    private static JsonObject Physical(string serviceId, Location l, int i)
    {
        var locationId = FeedIds.Of(serviceId, $"location:{i}");
        var json = new JsonObject().With("id", locationId).With("location_type", "physical");
        if (l.IsConfidential)
            // Nothing but the area: the loader has already forgotten the rest.
            return json.With("name", l.Area).With("description", ConfidentialDescription);
        json.With("name", l.Name);
        json.With("addresses", new JsonArray(new JsonObject()
            .With("id", FeedIds.Of(serviceId, $"address:{i}"))
            .With("location_id", locationId)
            .With("address_1", l.Address1)
            .With("address_2", l.Address2)
            .Always("city", l.City)
            // Required by ORUK; UK addresses have no state or province.
            .Always("state_province", "")
            .Always("postal_code", l.PostalCode)
            .With("country", "GB")
            .With("address_type", "physical")));
        if (l.AccessNotes is { Length: > 0 } notes)
            json.With("accessibility", new JsonArray(new JsonObject()
                .With("id", FeedIds.Of(serviceId, $"accessibility:{i}"))
                .With("location_id", locationId)
                .With("description", notes)));
        return json;
    }

    private IEnumerable<JsonObject> Schedules(Service s)
    {
        var id = s.Id!;
        var n = 0;
        if (s.Open247 == true)
            yield return new JsonObject()
                .With("id", FeedIds.Of(id, $"schedule:{n++}")).With("service_id", id)
                .With("freq", "WEEKLY").With("interval", 1).With("byday", Days)
                .With("opens_at", "00:00:00").With("closes_at", "23:59:59")
                .With("description", Open247Description);
        foreach (var r in s.RegularSchedules)
            yield return new JsonObject()
                .With("id", FeedIds.Of(id, $"schedule:{n++}")).With("service_id", id)
                .With("freq", "WEEKLY").With("interval", 1).With("byday", string.Join(',', r.Byday))
                .With("opens_at", Seconds(r.OpensAt)).With("closes_at", Seconds(r.ClosesAt))
                .With("description", r.Description);
        // Words about the hours that no schedule can say: a schedule that only describes.
        if (s.ScheduleNotes is { Length: > 0 } notes)
            yield return new JsonObject().With("id", FeedIds.Of(id, $"schedule:{n++}")).With("service_id", id).With("description", notes);
    }

    private static string Seconds(string time) => time.Length == 5 ? time + ":00" : time;

    private JsonObject Language(string serviceId, string language, int i)
    {
        var json = new JsonObject().With("id", FeedIds.Of(serviceId, $"language:{i}")).With("service_id", serviceId);
        // A two-letter ISO 639-1 code, named as the site names it; anything else is a language's name.
        if (language.Length == 2 && language.All(char.IsAsciiLetterLower))
            return json.With("name", site.Strings.Defines("language_name." + language) ? site.Strings["language_name." + language] : null).With("code", language);
        return json.With("name", language);
    }

    private IEnumerable<JsonObject> Costs(Service s)
    {
        var id = s.Id!;
        var cost = new JsonObject().With("id", FeedIds.Of(id, "cost_option:0")).With("service_id", id);
        if (s.Free == true) cost.With("option", "Free").With("amount", 0m);
        else if (s.Free == false) cost.With("option", "Charges apply");
        else if (s.Fees is null) yield break;
        yield return cost.With("amount_description", s.Fees);
    }

    private IEnumerable<JsonObject> Contacts(Service s)
    {
        var id = s.Id!;
        for (var i = 0; i < s.Phones.Count; i++)
        {
            var p = s.Phones[i];
            var contactId = FeedIds.Of(id, $"contact:phone:{i}");
            var phoneId = FeedIds.Of(id, $"phone:{i}");
            var attributes = new List<JsonObject>();
            if (p.Free is { } free) attributes.Add(Attribute(phoneId, "phone", vocabulary.Feature("free-to-call"), Value(free)));
            if (p.ShowsOnBill is { } bill) attributes.Add(Attribute(phoneId, "phone", vocabulary.Feature("shows-on-bill"), Value(bill)));
            // ORUK 3.0 links a phone to a service through a contact; each line is its own contact.
            yield return new JsonObject()
                .With("id", contactId).With("service_id", id).With("name", p.Label)
                .With("phones", new JsonArray(new JsonObject()
                    .With("id", phoneId).With("contact_id", contactId)
                    .With("number", p.Display.Length > 0 ? p.Display : p.Number)
                    .With("type", p.Kind)
                    .With("description", p.Hours)
                    .With("attributes", Array(attributes))));
        }
        for (var i = 0; i < s.Emails.Count; i++)
            yield return new JsonObject()
                .With("id", FeedIds.Of(id, $"contact:email:{i}")).With("service_id", id)
                .With("name", s.Emails[i].Label).With("email", s.Emails[i].Address);
    }

    private IEnumerable<JsonObject> Attributes(Service s)
    {
        var id = s.Id!;
        foreach (var c in s.Categories)
        {
            if (vocabulary.Category(c) is { } term) yield return Attribute(id, "service", term, null);
            foreach (var esd in vocabulary.EsdTermsOf(c)) yield return Attribute(id, "service", esd, null);
        }
        foreach (var a in s.Audiences)
            if (vocabulary.Audience(a) is { } term) yield return Attribute(id, "service", term, null);
        if (s.Referral?.Self is { } self) yield return Attribute(id, "service", vocabulary.Feature("self-referral"), Value(self));
        if (s.Referral?.Professional is { } professional) yield return Attribute(id, "service", vocabulary.Feature("professional-referral"), Value(professional));
        if (s.Interpreters is { } interpreters) yield return Attribute(id, "service", vocabulary.Feature("interpreters"), Value(interpreters));
        if (s.Accessibility is { } access)
        {
            if (access.Bsl is { } bsl) yield return Attribute(id, "service", vocabulary.Feature("bsl"), Value(bsl));
            if (access.RelayUk is { } relay) yield return Attribute(id, "service", vocabulary.Feature("relay-uk"), Value(relay));
            if (access.StepFree is { } stepFree) yield return Attribute(id, "service", vocabulary.Feature("step-free"), Value(stepFree));
            if (access.Notes is { Length: > 0 } notes) yield return Attribute(id, "service", vocabulary.Feature("accessibility-notes"), notes);
        }
    }

    private static string Value(bool value) => value ? "true" : "false";

    private static JsonObject Attribute(string linkId, string entity, FeedTerm term, string? value) => new JsonObject()
        .With("id", FeedIds.Of(linkId, $"attribute:{term.Id}"))
        .With("link_id", linkId)
        .With("link_type", term.Taxonomy.LinkType)
        .With("link_entity", entity)
        .With("taxonomy_term_id", term.Id)
        .With("taxonomy_term", term.ToJson())
        .With("value", value);

    private static JsonArray? Array(IEnumerable<JsonObject> items)
    {
        var array = new JsonArray(items.Select(i => (JsonNode)i).ToArray());
        return array.Count == 0 ? null : array;
    }
}
