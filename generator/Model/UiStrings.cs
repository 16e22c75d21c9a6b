using System.Text;

namespace DirectoryPortal.Model;

/// The words a theme shows in one language, with English behind it for any key the language lacks.
public sealed class UiStrings
{
    private readonly IReadOnlyDictionary<string, string> _own;
    private readonly IReadOnlyDictionary<string, string> _english;
    private readonly IReadOnlyDictionary<string, string> _themeEnglish;

    /// <paramref name="own"/> are this language's strings (theme, then site overrides); <paramref name="english"/> the
    /// fallback; <paramref name="themeEnglish"/> the theme's own English, before any site override.
    public UiStrings(string language, IReadOnlyDictionary<string, string> own, IReadOnlyDictionary<string, string>? english = null,
        IReadOnlyDictionary<string, string>? themeEnglish = null)
    {
        Language = language;
        _own = own;
        _english = english ?? own;
        _themeEnglish = themeEnglish ?? _english;
    }

    /// The language code these strings are for ("en", "pl").
    public string Language { get; }

    /// Every key the English strings define: what a complete translation has.
    public IEnumerable<string> Keys => _english.Keys;

    /// Whether this language gives the key itself rather than falling back to English.
    public bool Has(string key) => _own.ContainsKey(key);

    /// Whether the text for a key is what the theme itself says in English: then a component's script, which
    /// carries the theme's English words as its defaults, needs no word from the page.
    public bool IsThemeEnglish(string key) => _themeEnglish.TryGetValue(key, out var english) && english == this[key];

    /// Keys (this language's or English's) that start with <paramref name="prefix"/>, in order.
    public IEnumerable<string> KeysStartingWith(string prefix) =>
        _own.Keys.Concat(_english.Keys).Distinct().Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).Order(StringComparer.Ordinal);

    /// Whether the key has a text at all, in this language or in English.
    public bool Defines(string key) => _own.ContainsKey(key) || _english.ContainsKey(key);

    /// The text for a key; a key no language defines is a fault in the theme, not in content.
    public string this[string key] =>
        _own.TryGetValue(key, out var text) ? text
        : _english.TryGetValue(key, out var english) ? english
        : throw new KeyNotFoundException($"The theme uses the string '{key}', which its i18n/en.yml does not define.");

    /// The text for a key with each "{name}" replaced by its value.
    public string Format(string key, params (string Name, object? Value)[] values)
    {
        var text = this[key];
        if (values.Length == 0) return text;
        var result = new StringBuilder(text.Length + 32);
        for (var i = 0; i < text.Length; i++)
        {
            var close = text[i] == '{' ? text.IndexOf('}', i + 1) : -1;
            if (close > i && Lookup(values, text.AsSpan(i + 1, close - i - 1)) is { } value)
            {
                result.Append(value);
                i = close;
            }
            else result.Append(text[i]);
        }
        return result.ToString();
    }

    private static string? Lookup((string Name, object? Value)[] values, ReadOnlySpan<char> name)
    {
        foreach (var (n, v) in values)
            if (name.SequenceEqual(n)) return Convert.ToString(v, System.Globalization.CultureInfo.InvariantCulture) ?? "";
        return null;
    }
}
