using DirectoryPortal.Model;

namespace DirectoryPortal.Validate;

/// last_reviewed must be a real past date; records older than the review period are flagged.
public sealed class ReviewDateCheck : IReadOnlyCheck
{
    public void Check(ContentSet content, CheckContext context)
    {
        var months = content.Site.ReviewMonths;
        var stale = new List<(Service Service, DateOnly Date)>();
        foreach (var s in context.ServicesToCheck(content))
        {
            if (s.LastReviewed is not { } date) continue;
            if (date > context.Today)
                context.Error(s, "last_reviewed", $"{date:yyyy-MM-dd} is in the future.",
                    "Write the date you actually checked the record, today or earlier.");
            else if (date.AddMonths(months) < context.Today)
                stale.Add((s, date));
        }
        // Oldest first: the record most likely to be wrong is the one to look at first.
        foreach (var (s, date) in stale.OrderBy(x => x.Date).ThenBy(x => x.Service.Slug, StringComparer.Ordinal))
            context.Warning(s, "last_reviewed", $"was last reviewed on {date:yyyy-MM-dd}, more than {months} months ago.",
                "Check every fact against the source, then set last_reviewed to the date you checked.");
    }
}
