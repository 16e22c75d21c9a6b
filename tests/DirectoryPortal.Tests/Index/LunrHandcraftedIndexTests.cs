using DirectoryPortal.Index;
using Xunit;

namespace DirectoryPortal.Tests.Index;

/// <summary>Small corpora aimed at lunr's edge cases, each checked against lunr.js itself.</summary>
public sealed class LunrHandcraftedIndexTests
{
    private static readonly SearchField[] Fields = [new("title", 10), new("body"), new("tags", 5)];

    private static SearchDocument Doc(string reference, string? title = null, string? body = null, string? tags = null)
    {
        var fields = new Dictionary<string, string>();
        if (title is not null) fields["title"] = title;
        if (body is not null) fields["body"] = body;
        if (tags is not null) fields["tags"] = tags;
        return new SearchDocument(reference, fields);
    }

    // Refs are deliberately a mix of array-index-like and other strings, added out of numeric order.
    internal static readonly SearchDocument[] TrickyDocuments =
    [
        Doc("10", "Forced Marriage Unit", "The Forced Marriage Unit (FMU) is a joint Foreign, Commonwealth & Development Office unit; forcing, forces, forced-marriage, re-forced.", "marriage, abuse"),
        Doc("2", "Child abuse — helpline", "Call 0800-1111 24/7. NSPCC's helpline: help@nspcc.org.uk or https://www.nspcc.org.uk/keeping-children-safe/ for children's rights.", "child-abuse children"),
        Doc("a-slug/with/slashes", "Café Zürich naïve résumé façade", "Straße İstanbul ΟΔΟΣ XΣ1Y XΣ.Y XΣ'S ﬁle Kelvin 𐐀𐐁 ꟎ emoji 😀 text ÆSIR œuvre", ""),
        Doc("007", "", "... --- !!! ??? & — – … ‘quoted’ \"double\" '' \"\" () [] {} <> / \\ | # @"),
        Doc("0", "The and a of to", "the and a of to in is it was were be been being I me my"),
        Doc("4294967294", "Largest array index", "relational conditional rational valenci hesitanci digitizer conformabli radicalli differentli vileli analogousli vietnamization predication operator feudalism decisiveness hopefulness callousness formaliti sensitiviti sensibiliti"),
        Doc("4294967295", "Not an array index", "triplicate formative formalize electriciti electrical hopeful goodness revival allowance inference airliner gyroscopic adjustable defensible irritant replacement adjustment dependent adoption homologou communism activate angulariti homologous effective bowdlerize probate rate cease controll roll"),
        Doc("-1", "Yearly YELLOW yOyO yield", "yes yellow youth sky by say syzygy happy agreed feed bled motoring sing conflated troubled sized hopping tanned falling hissing fizzed failing filing caresses ponies ties caress cats", "Y y yy yyy"),
        Doc("1.5", "Whitespace", "tab\there\nnew\r\nline\u00A0nbsp\u2003emspace\u200Bzerowidth\u0085nel\u180Emongolian\uFEFFbom\u3000ideographic\u2028ls\u2029ps\vvt\fff\u2010hyphen\u2212minus\u00ADsoft"),
        Doc("01", "Numbers 2024", "2024 1,000 3.14 1st 2nd 10% $100 +44 (0)20 7946 0000 1e5 0x1F 1_000 ½ ² ٣", "10 10.0 010"),
        Doc("Ref With Space & \"quotes\" \\ backslash", "__init__ don't o'neill rock'n'roll", "_private_ snake_case say\"hi\"there back\\slash bell\u0007char nul\u0000byte del\u007Fchar"),
        Doc("surrogates", "ab\uD800cd x\uDC00 \uDBFF\uDFFF", "lone\uD83D high and \uDE00low"),
        Doc("__proto__", "constructor __proto__ toString hasOwnProperty valueOf", "prototype __defineGetter__ isPrototypeOf"),
        Doc("constructor", "supercalifragilisticexpialidocious", "pneumonoultramicroscopicsilicovolcanoconiosis antidisestablishmentarianism"),
        Doc("empty"),
        Doc("1", "abuse abuse abuse abuse abuse", "abuse", "abuse"),
        Doc("ünï/çødé", "Unicode ref", "GREEK ΣΊΣΥΦΟΣ Σ ΑΣ ÅNGSTRÖM"),
    ];

    internal static readonly string[] TrickyQueries =
    [
        "forc*", "marriage", "child", "abuse", "title:forced", "+abuse -child", "relat*", "hope~1", "caf", "yellow",
        "2024", "y*", "*ing", "helpline^10", "tags:abuse",
    ];

    [Fact]
    public void Tricky_corpus_matches_lunr_term_for_term()
    {
        string corpus = LunrOracle.CorpusJson(Fields, TrickyDocuments);
        string ours = new LunrIndexBuilder(Fields).BuildJson(TrickyDocuments);
        LunrIndexAssert.Equivalent(LunrOracle.Build(corpus), ours);
    }

    [Fact]
    public void Tricky_corpus_is_byte_for_byte_lunrs_json()
    {
        string corpus = LunrOracle.CorpusJson(Fields, TrickyDocuments);
        string ours = new LunrIndexBuilder(Fields).BuildJson(TrickyDocuments);
        LunrIndexAssert.Identical(LunrOracle.Build(corpus), ours);
    }

    [Fact]
    public void Lunr_searches_our_tricky_index_as_it_searches_its_own()
    {
        string corpus = LunrOracle.CorpusJson(Fields, TrickyDocuments, TrickyQueries);
        string ours = new LunrIndexBuilder(Fields).BuildJson(TrickyDocuments);
        using var comparison = LunrOracle.Search(corpus, ours);
        LunrIndexAssert.SameSearchResults(comparison, TrickyQueries, minimumQueriesWithResults: 13);
    }

    [Fact]
    public void Odd_field_lists_match_lunr()
    {
        // Array-index field names move ahead of the others (and of "_index" in postings); a repeated
        // name keeps its first place and its last boost; a zero boost counts as 1.
        SearchField[] fields = [new("title", 3), new("2", 0), new("body"), new("0", 2), new("title", 7)];
        SearchDocument[] documents =
        [
            new("b", new Dictionary<string, string> { ["title"] = "alpha beta", ["2"] = "beta gamma", ["0"] = "gamma delta alpha", ["body"] = "alpha" }),
            new("a", new Dictionary<string, string> { ["2"] = "alpha", ["unused"] = "ignored words" }),
        ];

        string ours = new LunrIndexBuilder(fields).BuildJson(documents);
        LunrIndexAssert.Identical(LunrOracle.Build(LunrOracle.CorpusJson(fields, documents)), ours);
    }

    [Fact]
    public void Repeated_refs_match_lunr()
    {
        SearchDocument[] documents =
        [
            Doc("x", "first version", "shelter housing", "one"),
            Doc("5", "numbered", "housing advice"),
            Doc("x", "second version", "legal advice advice", "two"),
            Doc("3", "three", "shelter"),
            Doc("5", "numbered again", "shelter"),
        ];

        string ours = new LunrIndexBuilder(Fields).BuildJson(documents);
        LunrIndexAssert.Identical(LunrOracle.Build(LunrOracle.CorpusJson(Fields, documents)), ours);
    }

    [Fact]
    public void Empty_corpus_matches_lunr()
    {
        string ours = new LunrIndexBuilder(Fields).BuildJson([]);
        LunrIndexAssert.Identical(LunrOracle.Build(LunrOracle.CorpusJson(Fields, [])), ours);
    }

    [Fact]
    public void Comparison_notices_a_changed_score()
    {
        string ours = new LunrIndexBuilder(Fields).BuildJson(TrickyDocuments);
        string lunr = LunrOracle.Build(LunrOracle.CorpusJson(Fields, TrickyDocuments));
        int vectors = ours.IndexOf("\"fieldVectors\":[[", StringComparison.Ordinal);
        int firstScore = ours.IndexOf(',', ours.IndexOf(",[", vectors + 16, StringComparison.Ordinal) + 2) + 1;
        string tampered = ours[..firstScore] + "9" + ours[firstScore..];

        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => LunrIndexAssert.Equivalent(lunr, tampered));
        Assert.ThrowsAny<Xunit.Sdk.XunitException>(() => LunrIndexAssert.Identical(lunr, tampered));
    }

    [Theory]
    [InlineData("title/x")]
    [InlineData("_index")]
    public void Field_names_lunr_cannot_serialize_are_rejected(string name)
    {
        Assert.Throws<ArgumentException>(() => new LunrIndexBuilder([new SearchField(name)]));
    }
}
