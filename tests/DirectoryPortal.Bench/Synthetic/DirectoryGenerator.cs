using System.Text;
using System.Text.RegularExpressions;

namespace DirectoryPortal.Bench.Synthetic;

/// Makes a synthetic directory from a fixed seed: the same size and seed always give the same records.
public sealed partial class DirectoryGenerator(IReadOnlyList<string> categories, IReadOnlyList<string> audiences, DateOnly today)
{
    public const int DefaultSeed = 20260401;
    public const int GuidancePages = 200;

    [GeneratedRegex("[^a-z0-9]+")]
    private static partial Regex NotSlug();

    /// <paramref name="requiredSlugs"/> are services site.yml links to; they come first, so links resolve.
    public SynthDirectory Generate(int services, IReadOnlyList<string> requiredSlugs, int seed = DefaultSeed)
    {
        // Two streams, so the guidance pages only depend on the service count through related_services.
        var rng = new Random(seed);
        var used = new HashSet<string>(StringComparer.Ordinal);
        var list = new List<SynthService>(services);
        for (var i = 0; i < services; i++) list.Add(MakeService(rng, used, i < requiredSlugs.Count ? requiredSlugs[i] : null));
        var guidanceRng = new Random(seed + 1);
        var guidance = new GuidanceGenerator(categories, audiences);
        var pages = Enumerable.Range(0, GuidancePages).Select(i => guidance.Make(guidanceRng, i, list)).ToList();
        return new SynthDirectory(list, pages);
    }

    public static string Slugify(string text) => NotSlug().Replace(text.ToLowerInvariant(), "-").Trim('-');

    private SynthService MakeService(Random rng, HashSet<string> used, string? requiredSlug)
    {
        var baseName = requiredSlug is null
            ? $"{Pick(rng, Words.Places)} {Pick(rng, Words.Cores)} {Pick(rng, Words.Kinds)}"
            : string.Join(' ', requiredSlug.Split('-').Select(w => char.ToUpperInvariant(w[0]) + w[1..]));
        var name = baseName;
        for (var n = 2; !used.Add(Slugify(name)); n++) name = $"{baseName} {n}";
        var slug = Slugify(name);
        var org = $"{Pick(rng, Words.Places)} {Pick(rng, ["Trust", "Project", "Foundation", "Network", "Partnership", "Collective"])}";
        var orgHost = $"www.{Slugify(org)}.org.uk";
        var open247 = rng.NextDouble() < 0.2;
        return new SynthService
        {
            Slug = slug,
            Name = name,
            OrganizationName = org,
            OrganizationUrl = $"https://{orgHost}/",
            Description = Description(rng, name),
            Details = rng.NextDouble() < 0.7 ? Details(rng) : null,
            Categories = Sample(rng, categories, rng.Next(1, 4)),
            Audiences = Sample(rng, audiences, rng.Next(1, 3)),
            Eligibility = $"For {Pick(rng, Words.Who)} aged 16 or over who live, work or study in {Pick(rng, Words.Areas)}.",
            ServiceAreas = Sample(rng, ["city-of-london", "london", "national"], rng.Next(1, 3)),
            Url = $"https://{orgHost}/{slug}",
            Phones = Enumerable.Range(0, rng.Next(1, 4)).Select(i => Phone(rng, i)).ToList(),
            Email = rng.NextDouble() < 0.5 ? $"help@{orgHost[4..]}" : null,
            Location = rng.NextDouble() < 0.3
                ? new SynthLocation($"{org} centre", $"{rng.Next(1, 200)} {Pick(rng, Words.Places)} Street", "London",
                    $"EC{rng.Next(1, 5)}{(char)('A' + rng.Next(0, 4))} {rng.Next(1, 10)}{(char)('A' + rng.Next(0, 26))}{(char)('A' + rng.Next(0, 26))}",
                    "Step-free entrance at the side of the building; ring the bell marked Reception.")
                : null,
            Open247 = open247,
            Schedules = open247 ? [] : [new SynthSchedule(["MO", "TU", "WE", "TH", "FR"], $"{rng.Next(8, 11):00}:00", $"{rng.Next(16, 21):00}:30")],
            Languages = rng.NextDouble() < 0.3 ? Sample(rng, Words.Languages, rng.Next(2, 5)) : [],
            Free = rng.NextDouble() < 0.9,
            SelfReferral = rng.NextDouble() < 0.8,
            SafetyNotes = rng.NextDouble() < 0.3 ? "Calls do not show on itemised phone bills. Delete the call from your history if someone checks your phone." : null,
            Keywords = Sample(rng, Words.KeywordPool, rng.Next(3, 9)),
            Source = $"https://{orgHost}/{slug}",
            LastReviewed = today.AddDays(-rng.Next(0, 150)),
        };
    }

    /// 150 to 300 characters, the range real descriptions fall in.
    private static string Description(Random rng, string name)
    {
        while (true)
        {
            var who = Pick(rng, Words.Who);
            var sb = new StringBuilder(Pick(rng, Words.Openers).Replace("{who}", who).Replace("{where}", Pick(rng, Words.Areas))
                .Replace("{kind}", name.Split(' ')[^1].ToLowerInvariant()));
            while (sb.Length < 150) sb.Append(' ').Append(Pick(rng, Words.Middles));
            if (sb.Length + 40 < 300 && rng.NextDouble() < 0.5) sb.Append(' ').Append(Pick(rng, Words.Closers));
            if (sb.Length <= 300) return sb.ToString();
        }
    }

    private static string Details(Random rng)
    {
        var sb = new StringBuilder();
        sb.Append(string.Join(' ', Sample(rng, Words.GuidanceSentences, 3))).Append("\n\nThe service can:\n\n");
        foreach (var item in Sample(rng, Words.ListItems, rng.Next(3, 6))) sb.Append("- ").Append(item).Append('\n');
        sb.Append('\n').Append(string.Join(' ', Sample(rng, Words.Middles, 2))).Append('\n');
        return sb.ToString();
    }

    /// Numbers in ranges libphonenumber accepts as valid UK numbers: freephone 0808 and 0800, and 0300.
    private static SynthPhone Phone(Random rng, int index)
    {
        var (prefix, label, free) = rng.Next(0, 3) switch
        {
            0 => ("0808", "Freephone helpline", true),
            1 => ("0800", "Freephone advice line", true),
            _ => ("0300", "Office", false),
        };
        var number = $"{prefix} {rng.Next(100, 1000)} {rng.Next(0, 10000):0000}";
        var type = index == 2 ? "textphone" : "voice";
        var hours = rng.NextDouble() < 0.5 ? "24 hours a day, every day" : "Monday to Friday, 9am to 5pm";
        return new SynthPhone(number, type == "textphone" ? "Textphone" : label, type, hours, free);
    }

    internal static string Pick(Random rng, IReadOnlyList<string> pool) => pool[rng.Next(pool.Count)];

    /// Distinct items in pool order, so lists read naturally and stay deterministic.
    internal static List<string> Sample(Random rng, IReadOnlyList<string> pool, int count)
    {
        var chosen = new SortedSet<int>();
        count = Math.Min(count, pool.Count);
        while (chosen.Count < count) chosen.Add(rng.Next(pool.Count));
        return chosen.Select(i => pool[i]).ToList();
    }
}
