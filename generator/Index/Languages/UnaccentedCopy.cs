namespace DirectoryPortal.Index.Languages;

/// <summary>Index-only step before the stemmer: adds, after each token that has diacritics, a copy without them.</summary>
/// <remarks>
/// Folding after stemming alone is not enough: a stemmer may cut a suffix only when it carries its accent
/// (Spanish "mutilación" stems to "mutil", "mutilacion" stays whole; Turkish vowel harmony reads ı and i
/// differently), so someone typing without diacritics would miss the page. The copy is stemmed as typed without
/// them, so the index holds both stems; the <see cref="DiacriticFold"/> after the stemmer drops the copy when the
/// two stems fold to the same term. The search pipeline has no copy step: a query is stemmed as typed.
/// </remarks>
public sealed class UnaccentedCopy : PipelineFunction
{
    private readonly DiacriticFold _fold;

    public UnaccentedCopy(string label, DiacriticFold fold) : base(label)
    {
        _fold = fold;
    }

    internal override void Run(List<PipelineToken> input, List<PipelineToken> output)
    {
        foreach (var token in input)
        {
            output.Add(token);
            string folded = _fold.Map(token.Text);
            if (!ReferenceEquals(folded, token.Text) && folded != token.Text) output.Add(new PipelineToken(folded, IsUnaccentedCopy: true));
        }
    }
}
