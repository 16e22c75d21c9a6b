using System.Collections.Frozen;

namespace DirectoryPortal.Index.Languages;

/// <summary>lunr.generateStopWordFilter: drops a token whose whole text is in the list. Only in index pipelines.</summary>
public sealed class StopWordFilter : PipelineFunction
{
    private readonly FrozenSet<string> _words;

    /// <param name="words">The list as written, one space between words. Two spaces in a row put "" on the list,
    /// which then drops tokens that trimming emptied; lunr-languages' Arabic and Romanian lists do that.</param>
    public StopWordFilter(string label, string words) : base(label)
    {
        _words = words.Split(' ').ToFrozenSet(StringComparer.Ordinal);
    }

    public IReadOnlyCollection<string> Words => _words;

    public bool Contains(string word) => _words.Contains(word);

    internal override void Run(List<PipelineToken> input, List<PipelineToken> output)
    {
        foreach (var token in input)
            if (!_words.Contains(token.Text)) output.Add(token);
    }
}
