using DirectoryPortal.Load;
using DirectoryPortal.Model;

namespace DirectoryPortal.Validate;

/// Warns when a service uses a language code the theme has no name for, which pages would show as a bare code.
public sealed class LanguageNamesCheck : IContentCheck
{
    public void Check(ContentSet content, CheckContext context)
    {
        // Checking content without a theme (no strings loaded) cannot know the names, so says nothing.
        if (!content.Strings.TryGetValue(UiStringsLoader.English, out var strings) || !strings.Keys.Any()) return;
        foreach (var s in context.ServicesToCheck(content))
            for (var i = 0; i < s.Languages.Count; i++)
            {
                var code = s.Languages[i];
                if (!LanguageCodes.IsIso6391(code) || strings.Defines("language_name." + code)) continue;
                context.Warning(s, $"languages[{i}]", $"'{code}' is a language code the theme has no name for, so pages would show the code.",
                    $"Add a line 'language_name.{code}: <the language's English name>' to the theme's i18n/en.yml (or to content/i18n/en.yml).");
            }
    }
}
