using DirectoryPortal.Model;

namespace DirectoryPortal.Validate;

/// Warns about synonym groups that cannot do anything: an empty word, or a group with fewer than two different words.
/// The English file (search/synonyms.yml) and each language's (search/synonyms.&lt;code&gt;.yml) are checked alike;
/// a file of the wrong shape is already an error when it is read.
public sealed class SynonymsCheck : IContentCheck
{
    public void Check(ContentSet content, CheckContext context)
    {
        // Only a full check: a rebuild after a service edit has not read these files again.
        if (context.Scope is not null) return;
        var files = new List<Synonyms> { content.Synonyms };
        files.AddRange(content.Translations.Values.Select(t => t.Synonyms).OfType<Synonyms>());
        foreach (var file in files.Where(f => f.SourceFile is { Length: > 0 }))
            for (var g = 0; g < file.Groups.Count; g++)
            {
                var group = file.Groups[g];
                for (var w = 0; w < group.Count; w++)
                    if (string.IsNullOrWhiteSpace(group[w]))
                        context.Warning(file, $"groups[{g}][{w}]", "This word is empty, so it does nothing.", "Write the word, or remove it from the group.");
                var words = group.Where(w => !string.IsNullOrWhiteSpace(w)).Select(w => w.Trim().ToLowerInvariant()).Distinct(StringComparer.Ordinal).Count();
                if (words < 2)
                    context.Warning(file, $"groups[{g}]", "This group has fewer than two different words, so searching for it finds nothing more.",
                        "Add the other words people use for the same thing, for example [refuge, shelter, safe house], or remove the group.");
            }
    }
}
