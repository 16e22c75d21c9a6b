namespace DirectoryPortal.Index.Languages;

/// <summary>One step of a lunr pipeline, named as lunr.Pipeline.registerFunction names it in the browser.</summary>
public abstract class PipelineFunction
{
    protected PipelineFunction(string label)
    {
        Label = label;
    }

    /// <summary>The name lunr serializes and looks the function up by when it loads an index.</summary>
    public string Label { get; }

    /// <summary>lunr's Pipeline.run for this one step: each input token gives none, one or more output tokens, in order.</summary>
    internal abstract void Run(List<PipelineToken> input, List<PipelineToken> output);

    public override string ToString() => Label;
}
