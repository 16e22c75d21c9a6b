using System.Text;
using DirectoryPortal.Index;

namespace DirectoryPortal.Tests.Index;

/// <summary>Deterministic directory-like documents: the same seed always gives the same corpus.</summary>
internal static class GeneratedCorpus
{
    public static readonly SearchField[] Fields = [new("title", 10), new("keywords", 5), new("body", 1)];

    // Words a legal and support-services directory uses, with the inflections that exercise the
    // stemmer, stop words, hyphenated and punctuated forms, numbers and a little non-English text.
    private static readonly string[] Vocabulary =
    (
        "abuse abused abuser abusive abusing advice advise advised adviser advocacy advocate agency agencies aid " +
        "appeal appeals application apply applying assessment asylum benefit benefits care carer carers caring " +
        "case cases charity charities child childcare children civil claim claims community confidential " +
        "contact counsel counselling counsellor court courts crisis debt debts disability disabled discrimination " +
        "divorce domestic emergency employment eviction evictions family families finance financial force forced " +
        "forces forcing free funding grant grants guidance harassment health help helpline helping homeless " +
        "homelessness housing immigration independent information injunction landlord landlords law lawyer " +
        "lawyers legal local marriage marriages married mediation mental national network office online order " +
        "organisation organisations parent parenting parents people person protection refuge refugee refugees " +
        "relationship relationships rent representation right rights safe safety service services shelter " +
        "sheltered social solicitor solicitors specialist support supported supporting survivor survivors " +
        "tenancy tenant tenants training trust victim victims violence violent volunteer volunteers welfare " +
        "women young youth relational conditional national rational hopefulness goodness effective " +
        "generalization generalizations operator operators feudalism adjustment adjustable dependency " +
        "the a of and to in is for on with by at from or an be this that are it as not but " +
        "self-help non-profit 24-hour drop-in face-to-face one-to-one walk-in follow-up " +
        "advice, help. support; (free) services: \"confidential\" 'urgent' rights! safe? women's children's " +
        "2024 2025 24/7 0800 020-7946-0000 info@example.org https://example.org/help 1st 10% £50 " +
        "café naïve Zürich São Paulo Ελλάδα İstanbul façade résumé Straße"
    ).Split(' ', StringSplitOptions.RemoveEmptyEntries);

    private static readonly string[] Slugs = ["services", "organisations", "helplines", "guides", "places"];

    public static List<SearchDocument> Create(int count, int seed, int minBodyWords = 30, int maxBodyWords = 160)
    {
        var random = new Random(seed);
        var documents = new List<SearchDocument>(count);
        var numbers = Enumerable.Range(1, count * 3).OrderBy(_ => random.Next()).ToArray();
        // Shuffled so that which words are common depends on the seed, not on the list's order.
        var words = Vocabulary.OrderBy(_ => random.Next()).ToArray();
        for (int i = 0; i < count; i++)
        {
            var fields = new Dictionary<string, string>
            {
                ["title"] = Sentence(random, words, random.Next(2, 9), capitalise: true),
            };
            // Some documents lack keywords or have an empty body, as real entries do.
            if (random.Next(10) != 0) fields["keywords"] = Keywords(random, words);
            fields["body"] = random.Next(25) == 0 ? "" : Paragraph(random, words, random.Next(minBodyWords, maxBodyWords + 1));
            documents.Add(new SearchDocument(Ref(random, i, numbers[i]), fields));
        }

        return documents;
    }

    // A mix of array-index refs out of order (which lunr reorders in postings) and path-like refs.
    private static string Ref(Random random, int position, int number) => random.Next(3) switch
    {
        0 => number.ToString(System.Globalization.CultureInfo.InvariantCulture),
        1 => $"/{Slugs[random.Next(Slugs.Length)]}/entry-{position}/",
        _ => $"{Slugs[random.Next(Slugs.Length)]}-{number:D4}",
    };

    private static string Keywords(Random random, string[] vocabulary) =>
        string.Join(random.Next(2) == 0 ? ", " : " ", Enumerable.Range(0, random.Next(2, 9)).Select(_ => Word(random, vocabulary)));

    private static string Paragraph(Random random, string[] vocabulary, int words)
    {
        var text = new StringBuilder();
        while (words > 0)
        {
            int length = Math.Min(words, random.Next(4, 18));
            if (text.Length > 0) text.Append(random.Next(8) == 0 ? "\n\n" : " ");
            text.Append(Sentence(random, vocabulary, length, capitalise: true)).Append(random.Next(6) == 0 ? '?' : '.');
            words -= length;
        }

        return text.ToString();
    }

    private static string Sentence(Random random, string[] vocabulary, int words, bool capitalise)
    {
        var parts = new string[words];
        for (int i = 0; i < words; i++)
        {
            string word = Word(random, vocabulary);
            if (random.Next(20) == 0) word = word.ToUpperInvariant();
            else if (random.Next(12) == 0 || (i == 0 && capitalise)) word = char.ToUpperInvariant(word[0]) + word[1..];
            parts[i] = word + (random.Next(15) == 0 ? "," : "");
        }

        return string.Join(random.Next(30) == 0 ? " - " : " ", parts);
    }

    // Squaring the uniform draw skews towards the front of the list, giving common and rare words.
    private static string Word(Random random, string[] vocabulary)
    {
        double r = random.NextDouble();
        return vocabulary[(int)(r * r * vocabulary.Length)];
    }
}
