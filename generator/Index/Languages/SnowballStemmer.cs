using Lucene.Net.Tartarus.Snowball;
using Lucene.Net.Tartarus.Snowball.Ext;

namespace DirectoryPortal.Index.Languages;

/// <summary>The Spanish, Portuguese, Romanian and Turkish stemmers of lunr-languages, by way of Lucene.Net's Snowball stemmers.</summary>
/// <remarks>
/// Why a library here and our own code for Polish and Arabic: lunr-languages' stemmers for these four are the
/// Snowball project's algorithms, machine-translated to JavaScript from the same generated (Java) programs that
/// Lucene.Net's Lucene.Net.Tartarus.Snowball.Ext classes come from, so the two run the same rules over the same
/// UTF-16 code units. The oracle tests compare them token for token on more than 5,000 words per language and on
/// the generated corpora, and found no difference; a hand port would be a few thousand lines to keep right.
/// Lucene.Net is Apache-2.0. A Snowball program holds the word being stemmed, so each thread gets its own.
/// </remarks>
public sealed class SnowballStemmer : TokenMap
{
    private readonly ThreadLocal<SnowballProgram> _program;

    private SnowballStemmer(string label, Func<SnowballProgram> create) : base(label)
    {
        _program = new ThreadLocal<SnowballProgram>(create);
    }

    public static readonly SnowballStemmer Spanish = new("stemmer-es", () => new SpanishStemmer());
    public static readonly SnowballStemmer Portuguese = new("stemmer-pt", () => new PortugueseStemmer());
    public static readonly SnowballStemmer Romanian = new("stemmer-ro", () => new RomanianStemmer());
    public static readonly SnowballStemmer Turkish = new("stemmer-tr", () => new TurkishStemmer());

    public override string Map(string text)
    {
        var program = _program.Value!;
        program.SetCurrent(text);
        program.Stem();
        return program.Current;
    }
}
