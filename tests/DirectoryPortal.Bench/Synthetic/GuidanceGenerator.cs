using System.Text;

namespace DirectoryPortal.Bench.Synthetic;

/// Makes guidance pages of about 500 words, each naming a few services as related.
public sealed class GuidanceGenerator(IReadOnlyList<string> categories, IReadOnlyList<string> audiences)
{
    private static readonly string[] Headings =
    [
        "What this means", "Signs to look out for", "What you can do", "Getting help", "What the law says",
        "If you are worried about someone", "For professionals", "Staying safe",
    ];

    private List<string>? _slugs;

    public SynthGuidance Make(Random rng, int index, IReadOnlyList<SynthService> services)
    {
        _slugs ??= services.Select(s => s.Slug).ToList();
        // 7 and 240 share no factor, so stepping by 7 visits every topic/aspect pair once: titles stay unique.
        var pair = index * 7 % (Words.Topics.Length * Words.Aspects.Length);
        var title = $"{Words.Topics[pair % Words.Topics.Length]}: {Words.Aspects[pair / Words.Topics.Length]}";
        return new SynthGuidance
        {
            Slug = DirectoryGenerator.Slugify(title),
            Title = title,
            Summary = $"{DirectoryGenerator.Pick(rng, Words.GuidanceSentences)} This page explains {title.ToLowerInvariant()}.",
            Audience = DirectoryGenerator.Sample(rng, audiences, rng.Next(1, 4)),
            Categories = DirectoryGenerator.Sample(rng, categories, rng.Next(1, 3)),
            Order = index + 1,
            RelatedServices = _slugs.Count == 0 ? [] : DirectoryGenerator.Sample(rng, _slugs, rng.Next(3, 9)),
            Body = Body(rng),
        };
    }

    private static string Body(Random rng)
    {
        var sb = new StringBuilder();
        foreach (var heading in DirectoryGenerator.Sample(rng, Headings, 3))
        {
            sb.Append("## ").Append(heading).Append("\n\n");
            sb.Append(string.Join(' ', Sentences(rng, 5))).Append("\n\n");
            sb.Append(string.Join(' ', Sentences(rng, 4))).Append("\n\n");
            foreach (var item in DirectoryGenerator.Sample(rng, Words.ListItems, 4))
                sb.Append("- ").Append(char.ToUpperInvariant(item[0])).Append(item[1..]).Append(".\n");
            sb.Append('\n');
        }
        return sb.ToString();
    }

    private static IEnumerable<string> Sentences(Random rng, int count) =>
        Enumerable.Range(0, count).Select(_ => DirectoryGenerator.Pick(rng, Words.GuidanceSentences));
}
