using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.Localize;

/// A small content folder published in English and a made-up language, "zz", that the theme does not ship: its
/// words (Polish ones) are all in content/i18n, so the tests do not depend on the shipped translations.
public static class Multilingual
{
    public const string PolishStrings = """
        language.name: Polski
        language.name_in_english: Polish
        language.direction: ltr
        meta.translation: draft
        nav.home: Strona główna
        translation.draft: To tłumaczenie nie zostało jeszcze sprawdzone przez tłumacza. Numery telefonów są takie same jak w wersji angielskiej.
        translation.untranslated: Ta strona nie została jeszcze przetłumaczona, więc jest po angielsku.
        translation.partly_english: Części tej strony nie zostały jeszcze przetłumaczone i są po angielsku.
        """;

    public const string PolishGuidance = """
        ---
        title: Gdzie szukać pomocy
        summary: Jak uzyskać pomoc.
        translation: draft
        ---
        ## Do kogo zadzwonić

        Zadzwoń na [Test Helpline](../services/test-helpline/index.html).
        """;

    /// TempContent with languages [en, zz], zz's theme words and a zz guidance page.
    public static TempContent Create(string languages = "[en, zz]")
    {
        var t = new TempContent();
        t.Write("site.yml", TempContent.SiteYml + $"\nlanguages: {languages}");
        t.Write("i18n/zz.yml", PolishStrings);
        t.Write("guidance/getting-help.zz.md", PolishGuidance);
        return t;
    }
}
