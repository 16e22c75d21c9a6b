namespace DirectoryPortal.Index.Languages;

/// <summary>An immutable lunr.Pipeline: functions run in order over a token list, each on all tokens before the next.</summary>
public sealed class LunrPipeline
{
    public LunrPipeline(params PipelineFunction[] functions)
    {
        Functions = functions.ToArray();
        Labels = Functions.Select(f => f.Label).ToArray();
    }

    public IReadOnlyList<PipelineFunction> Functions { get; }

    /// <summary>The functions' registered names, as lunr.Pipeline.toJSON lists them.</summary>
    public IReadOnlyList<string> Labels { get; }

    /// <summary>lunr's Pipeline.runString: one token, as given (not tokenized, not lowercased), to its terms.</summary>
    public List<string> RunString(string token)
    {
        var terms = new List<string>();
        Run(token, terms);
        return terms;
    }

    /// <summary>Appends the terms one token becomes. Every function maps its token list to a new one, so running
    /// a whole field's tokens at once, as lunr does, gives these same terms one token after another.</summary>
    internal void Run(string token, List<string> terms)
    {
        var current = new List<PipelineToken>(2) { new(token) };
        var next = new List<PipelineToken>(2);
        foreach (var function in Functions)
        {
            next.Clear();
            function.Run(current, next);
            (current, next) = (next, current);
            if (current.Count == 0) return;
        }

        foreach (var t in current) terms.Add(t.Text);
    }
}
