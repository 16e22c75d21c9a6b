using DirectoryPortal.Model;
using DirectoryPortal.Pipeline;

namespace DirectoryPortal.Tests.Support;

/// Runs `check` on a folder as the command would, with a fixed "today".
public static class Checking
{
    public static readonly DateOnly Today = new(2026, 11, 30);

    public static IReadOnlyList<Problem> Problems(string contentDir) =>
        SiteBuilder.Check(contentDir, Today).Problems.Sorted();

    /// As Problems, with the real theme's words, for checks about languages and translations.
    public static IReadOnlyList<Problem> WithTheme(string contentDir) =>
        SiteBuilder.Check(contentDir, Today, themeDirectory: Repo.Theme).Problems.Sorted();

    public static IReadOnlyList<Problem> Errors(string contentDir) =>
        Problems(contentDir).Where(p => p.Severity == Severity.Error).ToList();

    public static Problem Single(string contentDir)
    {
        var errors = Errors(contentDir);
        Assert.True(errors.Count == 1, "Expected exactly one error, got:\n" + string.Join("\n", errors));
        return errors[0];
    }
}
