using System.Text.RegularExpressions;
using DirectoryPortal.Load;
using DirectoryPortal.Model;

namespace DirectoryPortal.Validate;

/// Every language has a text for every word the theme shows: a missing one falls back to English, which
/// is a warning naming the key and language. A text must keep the English text's {placeholders}.
public sealed partial class UiStringsCheck : IContentCheck
{
    [GeneratedRegex("\\{[a-z_]+\\}")]
    private static partial Regex Placeholder();

    public void Check(ContentSet content, CheckContext context)
    {
        if (context.Scope is not null || !content.Strings.TryGetValue(UiStringsLoader.English, out var english)) return;
        foreach (var code in content.Site.LanguageCodes.Where(c => c != UiStringsLoader.English).Distinct())
        {
            var file = $"i18n/{code}.yml";
            if (!content.Strings.TryGetValue(code, out var strings) || !strings.Keys.Any(strings.Has))
            {
                context.Problems.Error("site.yml", content.Site.PositionOf("languages").Line, content.Site.PositionOf("languages").Column, "languages",
                    $"The language '{code}' has no words for the theme.",
                    $"Create themes/<theme>/i18n/{code}.yml or content/{file} (copy the theme's i18n/en.yml and translate it; see docs/translating.md), or remove '{code}'.");
                continue;
            }
            foreach (var key in english.Keys.Order(StringComparer.Ordinal))
            {
                if (key.StartsWith("meta.", StringComparison.Ordinal)) continue;
                if (!strings.Has(key))
                {
                    context.Problems.Warning(file, 0, 0, key, $"has no text in '{code}', so English is shown.",
                        $"Add '{key}: ...' in the {code} translation of the theme's words (see docs/translating.md).");
                    continue;
                }
                if (key.EndsWith("_one", StringComparison.Ordinal) || key.EndsWith("_other", StringComparison.Ordinal)) continue;
                var wanted = Placeholder().Matches(english[key]).Select(m => m.Value).ToHashSet();
                var given = Placeholder().Matches(strings[key]).Select(m => m.Value).ToHashSet();
                foreach (var unknown in given.Except(wanted))
                    context.Problems.Error(file, 0, 0, key, $"uses {unknown}, which the English text does not, so it would show as written.",
                        $"Use only {(wanted.Count == 0 ? "no placeholders" : string.Join(", ", wanted))}, as in the English.");
                foreach (var missing in wanted.Except(given))
                    context.Problems.Warning(file, 0, 0, key, $"leaves out {missing}, which the English text fills in.",
                        $"Put {missing} where your language needs it.");
            }
        }
    }
}
