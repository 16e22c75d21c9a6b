using DirectoryPortal.Model;

namespace DirectoryPortal.Validate;

/// Warns when a guidance page is harder to read than the plain-English floor in docs/editing.md.
public sealed class ReadabilityCheck : IReadOnlyCheck
{
    /// Flesch reading ease 70 is "fairly easy"; the reasons for this floor are in docs/editing.md.
    public const double Floor = 70;

    public void Check(ContentSet content, CheckContext context)
    {
        foreach (var g in context.GuidanceToCheck(content))
        {
            var score = Readability.OfMarkdown(g.Body);
            if (score.Words > 0 && score.ReadingEase < Floor)
                context.Problems.Warning(g.SourceFile, g.BodyFirstLine, 1, "body",
                    $"reads harder than our plain-English floor (Flesch reading ease {score.ReadingEase:0.0}, floor {Floor:0}; {score.WordsPerSentence:0.0} words a sentence).",
                    "Use shorter sentences (aim for under 15 words), everyday words, and explain terms. See docs/editing.md.");
        }
    }
}
