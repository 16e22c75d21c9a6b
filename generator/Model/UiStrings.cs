using System.Text;

namespace DirectoryPortal.Model;

/// The words a theme shows in one language, with English behind it for any key the language lacks.
public sealed class UiStrings
{
    private readonly IReadOnlyDictionary<string, string> _own;
    private readonly IReadOnlyDictionary<string, string> _english;

    /// <paramref name="own"/> are this language's strings (theme, then site overrides); <paramref name="english"/> the fallback.
    public UiStrings(string language, IReadOnlyDictionary<string, string> own, IReadOnlyDictionary<string, string>? english = null)
    {
        Language = language;
        _own = own;
        _english = english ?? own;
    }

    /// The language code these strings are for ("en", "pl").
    public string Language { get; }

    /// Every key the English strings define: what a complete translation has.
    public IEnumerable<string> Keys => _english.Keys;

    /// Whether this language gives the key itself rather than falling back to English.
    public bool Has(string key) => _own.ContainsKey(key);

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
