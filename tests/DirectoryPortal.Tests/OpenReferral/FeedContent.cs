using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.OpenReferral;

/// A small content folder that uses every field the feed maps, a confidential location among them.
/// Test data only: the esd terms, addresses and numbers here belong to no real service.
public static class FeedContent
{
    public const string RefugeId = "0b6c1c9e-3f1d-4a57-9a43-5d6f7e8a9b01";
    public const string CentreId = "1c7d2daf-4a2e-4b68-8b54-6e7f8a9bac12";

    /// Everything about the refuge's place that must never be published, and the area that may be.
    public static readonly string[] SecretAddress = ["Wisteria Lodge", "17 Quillfeather Row", "Flat 3b", "Hollowbrook", "ZX9 8QW", "Ring the blue door bell"];
    public const string RefugeArea = "north-east London";

    public const string TaxonomyYml = """
        categories:
          - slug: domestic-abuse
            name: Domestic abuse
            description: Help with domestic abuse.
            esd_terms:
              - list: needs
                label: Test need for domestic abuse
                uri: http://id.esd.org.uk/need/test-1
              - list: circumstances
                label: Test circumstance
                uri: http://id.esd.org.uk/circumstance/test-2
          - slug: housing-and-refuge
            name: Housing and refuge
            description: A safe place to stay.
          - slug: forced-marriage
            name: Forced marriage
            description: Help with forced marriage.
        audiences:
          - slug: everyone
            name: Anyone
          - slug: women
            name: Women and girls
        """;

    public static readonly string RefugeYml = $$"""
        id: {{RefugeId}}
        name: Test Refuge Service
        organization:
          name: Test Housing Trust
          url: https://housing.example.org/
        description: Safe, confidential housing for women and children escaping abuse.
        details: |
          Rooms are self-contained.

          - support workers on site
          - help with benefits
        categories: [housing-and-refuge, domestic-abuse]
        audiences: [women]
        eligibility: Women aged 16 or over, with or without children.
        service_areas: [london, national]
        url: https://housing.example.org/refuge
        phones:
          - number: "020 7946 0000"
            label: Referrals line
            type: voice
            hours: Monday to Friday, 9am to 5pm
            free: false
            shows_on_bill: true
        emails:
          - address: refuge@housing.example.org
            label: Referrals
        locations:
          - confidential: true
            area: {{RefugeArea}}
            name: {{SecretAddress[0]}}
            address_1: {{SecretAddress[1]}}
            address_2: {{SecretAddress[2]}}
            city: {{SecretAddress[3]}}
            postal_code: {{SecretAddress[4]}}
            access_notes: {{SecretAddress[5]}}
        regular_schedules:
          - byday: [MO, TU, WE, TH, FR]
            opens_at: "09:00"
            closes_at: "17:00"
        schedule_notes: Referrals outside these hours go through the national helpline.
        languages: [en, pl]
        interpreters: true
        referral:
          self: false
          professional: true
          notes: A professional or the national helpline refers you.
        fees: Rent is usually covered by housing benefit.
        free: false
        accessibility:
          step_free: true
          notes: One room is adapted for wheelchair users.
        safety_notes: Never give the address to anyone.
        keywords: [refuge, shelter]
        source: https://housing.example.org/refuge
        last_reviewed: 2026-10-30
        """;

    public static readonly string CentreYml = $$"""
        id: {{CentreId}}
        aliases: [old-drop-in]
        name: Test Drop-in Centre
        organization:
          name: Test Charity
          url: https://example.org
        description: A drop-in centre with advice on forced marriage.
        categories: [forced-marriage]
        audiences: [everyone]
        service_areas: [city-of-london]
        phones:
          - number: "0808 2000 247"
            label: Advice line
            free: true
            shows_on_bill: false
          - number: "61016"
            label: Text us
            type: text
        chat:
          - url: https://example.org/chat
            label: Web chat
            hours: Evenings
        locations:
          - name: Test Drop-in Centre
            address_1: 1 Example Street
            city: London
            postal_code: EC2V 7HH
            access_notes: Step-free entrance on the left.
        open_24_7: true
        referral:
          self: true
        free: true
        accessibility:
          bsl: true
          relay_uk: true
        source: https://example.org/drop-in
        last_reviewed: 2026-11-01
        """;

    /// The test content plus the refuge and the centre; the test helpline stays as it is.
    public static TempContent Create()
    {
        var t = new TempContent();
        t.Write("taxonomy.yml", TaxonomyYml);
        t.Write("services/test-refuge-service.yml", RefugeYml);
        t.Write("services/test-drop-in-centre.yml", CentreYml);
        return t;
    }
}
