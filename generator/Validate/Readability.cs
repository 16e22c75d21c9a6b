using System.Text.RegularExpressions;
using DirectoryPortal.Render;
using Markdig;
using Markdig.Syntax;
using Markdig.Syntax.Inlines;

namespace DirectoryPortal.Validate;

/// Flesch reading ease of Markdown text: higher is easier; 70 and above is "fairly easy" (about age 12).
public static partial class Readability
{
    [GeneratedRegex(@"[A-Za-z]+(?:'[A-Za-z]+)?")]
    private static partial Regex WordPattern();

    [GeneratedRegex(@"[.!?]+(?:\s|$)")]
    private static partial Regex SentenceEnd();

    [GeneratedRegex("[aeiouy]+")]
    private static partial Regex VowelGroups();

    public sealed record Score(double ReadingEase, int Words, int Sentences, int Syllables)
    {
        public double WordsPerSentence => Sentences == 0 ? 0 : (double)Words / Sentences;
    }

    /// Scores the prose of a Markdown document. Headings, list items and table cells count as
    /// sentences of their own, because readers take them in as separate chunks.
    public static Score OfMarkdown(string markdown)
    {
        var document = MarkdownRenderer.Parse(markdown, MarkdownRenderer.Output);
        int words = 0, sentences = 0, syllables = 0;
        foreach (var leaf in document.Descendants<LeafBlock>())
        {
            if (leaf is CodeBlock || leaf.Inline is null) continue;
            var text = string.Concat(leaf.Inline.Descendants<LiteralInline>().Select(l => l.Content.ToString() + " "));
            var found = WordPattern().Matches(text).Select(m => m.Value).ToList();
            if (found.Count == 0) continue;
            words += found.Count;
            syllables += found.Sum(Syllables);
            sentences += Math.Max(1, SentenceEnd().Matches(text.Trim()).Count);
        }
        if (words == 0) return new Score(100, 0, 0, 0);
        var ease = 206.835 - 1.015 * ((double)words / sentences) - 84.6 * ((double)syllables / words);
        return new Score(Math.Round(ease, 1), words, sentences, syllables);
    }

    /// Syllables by vowel groups, with the usual English corrections (silent final e, -le, -ed).
    public static int Syllables(string word)
    {
        var w = word.ToLowerInvariant().Replace("'", "");
        if (w.Length <= 3) return 1;
        var count = VowelGroups().Matches(w).Count;
        if (w.EndsWith('e') && !w.EndsWith("le") && !w.EndsWith("ee") && !w.EndsWith("ye")) count--;
        if (w.EndsWith("ed") && !w.EndsWith("ted") && !w.EndsWith("ded")) count--;
        return Math.Max(1, count);
    }
}
