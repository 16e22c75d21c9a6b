using DirectoryPortal.Model;
using DirectoryPortal.Tests.Support;

namespace DirectoryPortal.Tests.Localize;

/// Translations carry no facts of their own, say how they were made, and warn when the English moves on.
public class TranslationCheckTests
{
    private static IReadOnlyList<Problem> Errors(TempContent t) => Checking.WithTheme(t.Content).Where(p => p.Severity == Severity.Error).ToList();

    [Fact]
    public void A_faithful_translation_has_no_errors()
    {
        using var t = Multilingual.Create();
        Assert.Empty(Errors(t));
    }

    [Fact]
    public void A_translated_page_with_a_different_phone_number_fails_naming_file_and_number()
    {
        using var t = Multilingual.Create();
        t.Write("guidance/getting-help.md", TempContent.GuidanceMd + "\nCall 0808 2000 247 at any time.");
        t.Write("guidance/getting-help.zz.md", Multilingual.PolishGuidance + "\nZadzwoń pod numer 0808 2000 274.");
        var errors = Errors(t);
        Assert.Contains(errors, e => e.File == "guidance/getting-help.zz.md" && e.Field == "body" && e.Message.Contains("08082000247") && e.Message.Contains("missing"));
        Assert.Contains(errors, e => e.File == "guidance/getting-help.zz.md" && e.Message.Contains("08082000274"));
        Assert.All(errors, e => Assert.True(e.Line > 0, e.ToString()));
    }

    [Fact]
    public void A_number_in_other_digits_does_not_count_as_the_same_number()
    {
        using var t = Multilingual.Create();
        t.Write("guidance/getting-help.md", TempContent.GuidanceMd + "\nCall 999.");
        t.Write("guidance/getting-help.zz.md", Multilingual.PolishGuidance + "\nZadzwoń ٩٩٩.");
        Assert.Contains(Errors(t), e => e.Message.Contains("999") && e.Message.Contains("missing"));
    }

    [Fact]
    public void A_translated_page_with_a_different_link_target_fails()
    {
        using var t = Multilingual.Create();
        t.Write("guidance/getting-help.zz.md", Multilingual.PolishGuidance.Replace("../services/test-helpline/index.html", "https://example.com/"));
        var errors = Errors(t);
        Assert.Contains(errors, e => e.File == "guidance/getting-help.zz.md" && e.Message.Contains("https://example.com/"));
        Assert.Contains(errors, e => e.Message.Contains("../services/test-helpline/index.html") && e.Message.Contains("missing"));
    }

    [Fact]
    public void A_service_translation_cannot_bring_a_number_of_its_own()
    {
        using var t = Multilingual.Create();
        t.Write("services/test-helpline.zz.yml", """
            translation: draft
            description: Infolinia. Zadzwoń 0800 123 456.
            phones:
              - number: "0808 2000 248"
                label: Infolinia
            """);
        var errors = Errors(t);
        Assert.Contains(errors, e => e.Field == "description" && e.Message.Contains("0800123456"));
        Assert.Contains(errors, e => e.Field == "phones[0].number" && e.Message.Contains("0808 2000 248"));
    }

    [Fact]
    public void The_emergency_notice_in_another_language_keeps_its_numbers()
    {
        using var t = Multilingual.Create();
        t.Write("site.zz.yml", "translation: draft\nemergency_notice: W nagłym wypadku dzwoń pod 112.");
        Assert.Contains(Errors(t), e => e.File == "site.zz.yml" && e.Field == "emergency_notice" && e.Message.Contains("999"));
    }

    [Fact]
    public void A_reviewed_translation_must_say_who_reviewed_it_and_when()
    {
        using var t = Multilingual.Create();
        t.Write("guidance/getting-help.zz.md", Multilingual.PolishGuidance.Replace("translation: draft", "translation: reviewed"));
        var errors = Errors(t);
        Assert.Contains(errors, e => e.Field == "reviewed_by");
        Assert.Contains(errors, e => e.Field == "reviewed_on");
        t.Write("guidance/getting-help.zz.md", Multilingual.PolishGuidance.Replace("translation: draft", "translation: reviewed\nreviewed_by: A. Translator\nreviewed_on: 2026-11-20"));
        Assert.Empty(Errors(t));
    }

    [Fact]
    public void A_translation_must_say_draft_or_reviewed()
    {
        using var t = Multilingual.Create();
        t.Write("guidance/getting-help.zz.md", Multilingual.PolishGuidance.Replace("translation: draft\n", ""));
        Assert.Contains(Errors(t), e => e.File == "guidance/getting-help.zz.md" && e.Field == "translation");
    }

    [Fact]
    public void A_missing_theme_word_is_a_warning_naming_key_and_language()
    {
        using var t = Multilingual.Create();
        var warnings = Checking.WithTheme(t.Content).Where(p => p.Severity == Severity.Warning).ToList();
        Assert.Contains(warnings, w => w.Field == "search_box.label" && w.Message.Contains("'zz'"));
        Assert.DoesNotContain(warnings, w => w.Field == "nav.home");
    }

    [Fact]
    public void A_language_without_any_theme_words_is_an_error()
    {
        using var t = Multilingual.Create("[en, zz, xx]");
        Assert.Contains(Errors(t), e => e.File == "site.yml" && e.Field == "languages" && e.Message.Contains("'xx'"));
    }

    [Fact]
    public void A_placeholder_the_English_does_not_have_is_an_error()
    {
        using var t = Multilingual.Create();
        t.Write("i18n/zz.yml", Multilingual.PolishStrings + "\ncategory.services: Usługi ({liczba})");
        Assert.Contains(Errors(t), e => e.Field == "category.services" && e.Message.Contains("{liczba}"));
    }

    [Fact]
    public void A_translation_into_a_language_the_site_does_not_have_is_a_warning()
    {
        using var t = Multilingual.Create();
        t.Write("guidance/getting-help.fr.md", Multilingual.PolishGuidance);
        Assert.Contains(Checking.WithTheme(t.Content), p => p.Severity == Severity.Warning && p.File == "guidance/getting-help.fr.md" && p.Message.Contains("'fr'"));
    }
}
