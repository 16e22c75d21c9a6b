namespace DirectoryPortal.Index.Languages;

/// <summary>A step that rewrites each token's text and never drops or adds one (trimmers, stemmers, normalisers).</summary>
public abstract class TokenMap : PipelineFunction
{
    protected TokenMap(string label) : base(label)
    {
    }

    /// <summary>The token's new text. Tokens reach a step lowercased by lunr's tokenizer, except in search, where lunr does not lowercase.</summary>
    public abstract string Map(string text);

    internal override void Run(List<PipelineToken> input, List<PipelineToken> output)
    {
        foreach (var token in input) output.Add(token with { Text = Map(token.Text) });
    }
}
