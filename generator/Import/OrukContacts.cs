using System.Text.Json;
using DirectoryPortal.Model;
using static DirectoryPortal.Import.OrukJson;

namespace DirectoryPortal.Import;

/// Phones and email addresses: ORUK 3.0 hangs each phone on a contact; HSDS 3.0 feeds may also give
/// phones on the service itself. A contact's name labels its line; a phone's description is its hours.
public sealed class OrukContacts(ImportedService result)
{
    public void Read(JsonElement json, Service s)
    {
        foreach (var contact in Array(json, "contacts"))
        {
            var label = Text(contact, "name");
            var used = false;
            foreach (var phone in Array(contact, "phones"))
            {
                Phone(phone, label, s);
                used = true;
            }
            if (Text(contact, "email") is { } email)
            {
                s.Emails.Add(new EmailAddress { Address = email, Label = label });
                used = true;
            }
            if (Text(contact, "title") is { } title) result.Cannot("contacts.title", title, "the record names no staff");
            if (!used) result.Cannot("contacts", label, "a contact with no phone or email address");
        }
        foreach (var phone in Array(json, "phones")) Phone(phone, null, s);
        if (Text(json, "email") is { } address && !s.Emails.Any(e => string.Equals(e.Address, address, StringComparison.OrdinalIgnoreCase)))
            s.Emails.Insert(0, new EmailAddress { Address = address });
    }

    private void Phone(JsonElement phone, string? label, Service s)
    {
        if (Text(phone, "number") is not { } number)
        {
            result.Cannot("phones", label, "a phone with no number");
            return;
        }
        var p = new Phone { Number = number, Label = label, Hours = Text(phone, "description") };
        switch (Text(phone, "type"))
        {
            case null or "voice": p.Type = "voice"; break;
            case "text" or "sms": p.Type = "text"; break;
            case "textphone": p.Type = "textphone"; break;
            case "cell": p.Type = "voice"; break;
            case var other: result.Cannot("phones.type", $"{other} {number}", "only voice, text and textphone lines are listed"); return;
        }
        if (Number(phone, "extension") is { } extension) result.Cannot("phones.extension", $"{number} ext. {extension}", "the record has no field for an extension; add it to the label");
        foreach (var attribute in Array(phone, "attributes"))
        {
            var key = Object(attribute, "taxonomy_term") is { } term ? Text(term, "term") : null;
            bool? yes = Text(attribute, "value") switch { "true" => true, "false" => false, _ => null };
            if (key == "free-to-call" && yes is not null) p.Free = yes;
            else if (key == "shows-on-bill" && yes is not null) p.ShowsOnBill = yes;
            else result.Cannot("phones.attributes", key, "the record has no field for it");
        }
        foreach (var language in Array(phone, "languages"))
            result.Cannot("phones.languages", Text(language, "name") ?? Text(language, "code"), "the record's languages are the service's, not a line's");
        s.Phones.Add(p);
    }
}
