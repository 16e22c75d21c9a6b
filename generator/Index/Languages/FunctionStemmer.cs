namespace DirectoryPortal.Index.Languages;

/// <summary>A stemmer step around a stateless stemming function (<see cref="PolishStemmer"/>, <see cref="ArabicStemmer"/>).</summary>
public sealed class FunctionStemmer(string label, Func<string, string> stem) : TokenMap(label)
{
    public override string Map(string text) => stem(text);
}
