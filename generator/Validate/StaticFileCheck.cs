using DirectoryPortal.Model;

namespace DirectoryPortal.Validate;

/// content/static/ may publish only inert kinds of file (images, PDF, plain text). A page, script, SVG or
/// XML file could run script on the site or change what its pages do; that is a change to the theme.
public sealed class StaticFileCheck : IReadOnlyCheck
{
    public static readonly IReadOnlyList<string> AllowedExtensions = [".png", ".jpg", ".jpeg", ".gif", ".webp", ".avif", ".ico", ".pdf", ".txt"];

    public static bool IsAllowed(string path) => AllowedExtensions.Contains(Path.GetExtension(path).ToLowerInvariant());

    public void Check(ContentSet content, CheckContext context)
    {
        if (context.Scope is not null) return;
        foreach (var file in content.Static)
        {
            if (IsAllowed(file.OutputPath)) continue;
            var extension = Path.GetExtension(file.OutputPath);
            context.Problems.Error("static/" + file.OutputPath, 0, 0, "",
                $"{(extension.Length == 0 ? "Files without an extension" : $"'{Load.Excerpt.Of(extension)}' files")} may not be published from content/static/: only images, PDFs and plain text may, because a page, script, SVG or XML file could run script on the site.",
                $"Allowed: {string.Join(", ", AllowedExtensions)}. A page belongs in content/guidance/ as Markdown; anything else is a change to the theme (see docs/editing.md).");
        }
    }
}
