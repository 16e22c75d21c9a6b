using DirectoryPortal.Model;

namespace DirectoryPortal.Load;

/// Splits a Markdown file into its YAML front matter and body.
public static class FrontMatter
{
    public static Guidance? Read(string text, string file, ProblemList problems)
    {
        var page = Read<Guidance>(text, file, problems, out var body, out var bodyFirstLine);
        if (page is null) return null;
        page.Body = body;
        page.BodyFirstLine = bodyFirstLine;
        return page;
    }

    /// Binds the front matter as a <typeparamref name="T"/> and hands back the body and the line it starts on.
    public static T? Read<T>(string text, string file, ProblemList problems, out string body, out int bodyFirstLine) where T : Record, new()
    {
        body = "";
        bodyFirstLine = 1;
        var lines = text.Split('\n');
        if (lines.Length == 0 || lines[0].TrimEnd() != "---")
        {
            problems.Error(file, 1, 1, "", "The page has no front matter.",
                "Start the file with a line '---', then 'title: ...', then another '---' line before the text.");
            return null;
        }
        var close = Array.FindIndex(lines, 1, l => l.TrimEnd() == "---");
        if (close < 0)
        {
            problems.Error(file, 1, 1, "", "The front matter is never closed.", "Add a line '---' after the last front matter field.");
            return null;
        }
        var yaml = string.Join('\n', lines[1..close]);
        if (string.IsNullOrWhiteSpace(yaml))
        {
            problems.Error(file, 1, 1, "title", "The front matter between the '---' lines is empty, but a page needs at least a title.",
                "Add a line 'title: ...' between the two '---' lines.");
            return null;
        }
        var page = ContentLoader.BindRecord<T>(yaml, file, problems, firstLine: 2);
        if (page is null) return null;
        body = string.Join('\n', lines[(close + 1)..]);
        bodyFirstLine = close + 2;
        return page;
    }
}
