using System.Text.Json;
using DirectoryPortal.Model;
using DirectoryPortal.Write.OpenReferral;
using static DirectoryPortal.Import.OrukJson;

namespace DirectoryPortal.Import;

/// When and where: ORUK schedules as open_24_7, regular_schedules and schedule_notes; its locations as
/// our locations (physical), confidential locations (physical with no address) and chats (virtual).
public sealed class OrukPlaces(ImportedService result)
{
    private static readonly string[] Week = ["MO", "TU", "WE", "TH", "FR", "SA", "SU"];

    public void Read(JsonElement json, Service s)
    {
        var notes = new List<string>();
        foreach (var schedule in Array(json, "schedules")) Schedule(schedule, s, notes);
        if (notes.Count > 0) s.ScheduleNotes = string.Join(" ", notes);
        foreach (var at in Array(json, "service_at_locations"))
        {
            if (Object(at, "location") is { } location) Location(location, s);
            else result.Cannot("service_at_locations", Text(at, "location_id"), "the location is not given in full");
            foreach (var schedule in Array(at, "schedules"))
                result.Cannot("service_at_locations.schedules", Text(schedule, "description") ?? Text(schedule, "byday"), "the record's hours are the service's, not a place's");
        }
    }

    private void Schedule(JsonElement schedule, Service s, List<string> notes)
    {
        var byday = Text(schedule, "byday");
        var opens = Time(Text(schedule, "opens_at"));
        var closes = Time(Text(schedule, "closes_at"));
        var description = Text(schedule, "description");
        foreach (var (name, value) in Fields(schedule))
            if (name is "valid_from" or "valid_to" or "dtstart" or "bymonthday" or "schedule_link" or "attending_type" or "until" or "count" or "wkst")
                result.Cannot($"schedules.{name}", Show(value), "the record's hours are the same every week");
        if (byday is null && opens is null && closes is null)
        {
            // A schedule that only describes: words about the hours.
            foreach (var words in new[] { description, Text(schedule, "notes") })
                if (words is not null) notes.Add(words);
            return;
        }
        var freq = Text(schedule, "freq");
        var days = byday?.Split(',', StringSplitOptions.TrimEntries | StringSplitOptions.RemoveEmptyEntries).ToList() ?? [];
        if ((freq is not null and not "WEEKLY") || (Number(schedule, "interval") is { } interval && interval != 1)
            || days.Count == 0 || days.Any(d => !Week.Contains(d)) || opens is null || closes is null)
        {
            result.Cannot("schedules", description ?? $"{freq} {byday} {Text(schedule, "opens_at")}-{Text(schedule, "closes_at")}",
                "not a weekly span on named days with opening and closing times; put it into schedule_notes in words");
            return;
        }
        if (days.Count == 7 && opens == "00:00" && closes == "23:59" && description is null or ServiceMapper.Open247Description)
        {
            s.Open247 = true;
            return;
        }
        // A span's own words stay with it, as the record's regular_schedules[].description.
        s.RegularSchedules.Add(new RegularSchedule { Byday = Week.Where(days.Contains).ToList(), OpensAt = opens, ClosesAt = closes, Description = description });
        if (Text(schedule, "notes") is { } more) notes.Add(more);
    }

    private void Location(JsonElement location, Service s)
    {
        var type = Text(location, "location_type");
        foreach (var (name, value) in Fields(location))
            if (name is "latitude" or "longitude" or "external_identifier" or "external_identifier_type" or "attributes")
                result.Cannot($"location.{name}", Show(value), "the record has no field for it");
        if (type == "virtual")
        {
            if (Text(location, "url") is { } url) s.Chat.Add(new Chat { Url = url, Label = Text(location, "name"), Hours = Text(location, "description") });
            else result.Cannot("location", Text(location, "name"), "an online place with no web address");
            return;
        }
        if (type is not (null or "physical"))
        {
            result.Cannot("location", Text(location, "name"), $"a {type} address is not a place people can visit");
            return;
        }
        var addresses = Array(location, "addresses").ToList();
        if (addresses.Count == 0)
        {
            // A place whose address is not published. Ours are refuges, given only by area; another
            // directory's is kept as confidential too, which publishes less, never more, and is reported.
            var area = Text(location, "name") ?? Text(location, "description");
            s.Locations.Add(new Location { Confidential = true, Area = area });
            if (Text(location, "description") != ServiceMapper.ConfidentialDescription)
                result.Cannot("location", area, "a place with no address: kept as a confidential location showing only this as its area; check it");
            return;
        }
        var address = addresses.FirstOrDefault(a => Text(a, "address_type") is null or "physical");
        if (address.ValueKind != JsonValueKind.Object)
        {
            address = addresses[0];
            result.Cannot("address.address_type", Text(address, "address_type"), "the only address given is not a physical one; check people can visit it");
        }
        if (addresses.Count > 1) result.Cannot("location.addresses", $"{addresses.Count} addresses", "a place has one address here; the first physical one was kept");
        var place = new Location
        {
            Name = Text(location, "name"),
            Address1 = Text(address, "address_1"),
            Address2 = Text(address, "address_2"),
            City = Text(address, "city"),
            PostalCode = Text(address, "postal_code"),
        };
        foreach (var (name, value) in Fields(address))
            if (name is "attention" or "region" or "state_province" || (name == "country" && Show(value) is not ("GB" or "UK")))
                result.Cannot($"address.{name}", Show(value), "the record has no field for it");
        var access = Array(location, "accessibility").Select(a => Text(a, "description") ?? Text(a, "accessibility")).OfType<string>().ToList();
        foreach (var entry in Array(location, "accessibility"))
            foreach (var (name, value) in Fields(entry))
                if (name is "details" or "url" || (name == "accessibility" && Text(entry, "description") is { } d && d != Show(value)))
                    result.Cannot($"accessibility.{name}", Show(value), "a place's access notes are one text here; only its description was kept");
        if (access.Count > 0) place.AccessNotes = string.Join(" ", access);
        if (Text(location, "description") is { } description) result.Cannot("location.description", description, "the record has no description of a place");
        s.Locations.Add(place);
    }
}
