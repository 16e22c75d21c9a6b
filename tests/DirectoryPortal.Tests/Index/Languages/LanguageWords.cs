using DirectoryPortal.Tests.Support;
using Xunit;

namespace DirectoryPortal.Tests.Index.Languages;

/// <summary>One language's test material from words/&lt;code&gt;.txt: its words, inflections, queries and query/text pairs.</summary>
internal sealed class LanguageWords
{
    public static readonly string[] Codes = ["pl", "ro", "es", "pt", "tr", "ar", "bn", "ur"];

    /// <summary>The languages whose pipelines come from lunr-languages.</summary>
    public static readonly string[] LunrLanguagesCodes = ["pl", "ro", "es", "pt", "tr", "ar"];

    public static TheoryData<string> CodeData() => new(Codes);

    public static TheoryData<string> LunrLanguagesCodeData() => new(LunrLanguagesCodes);

    private static readonly Dictionary<string, LanguageWords> Cache = [];

    private LanguageWords(string code, Dictionary<string, List<string>> sections)
    {
        Code = code;
        List<string> Section(string name) => sections.TryGetValue(name, out var lines) ? lines : [];
        Words = Section("words").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        Strip = Section("strip").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        Suffixes = Section("suffixes").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        Prefixes = Section("prefixes").SelectMany(l => l.Split(' ', StringSplitOptions.RemoveEmptyEntries)).ToArray();
        Queries = Section("queries").ToArray();
        Finds = Section("finds").Select(l => l.Split(" => ")).Select(p => (p[0], p[1])).ToArray();
    }

    public string Code { get; }
    public string[] Words { get; }
    public string[] Strip { get; }
    public string[] Suffixes { get; }
    public string[] Prefixes { get; }
    public string[] Queries { get; }

    /// <summary>A query typed the way people do (often without diacritics) and the text it must find first.</summary>
    public (string Query, string Text)[] Finds { get; }

    public static LanguageWords For(string code)
    {
        lock (Cache)
        {
            if (Cache.TryGetValue(code, out var words)) return words;
            var path = Path.Combine(Repo.Root, "tests", "DirectoryPortal.Tests", "Index", "Languages", "words", code + ".txt");
            var sections = new Dictionary<string, List<string>>();
            List<string>? current = null;
            foreach (var raw in File.ReadAllLines(path))
            {
                var line = raw.Trim();
                if (line.Length == 0 || line.StartsWith('#')) continue;
                if (line.StartsWith('[') && line.EndsWith(']')) sections[line[1..^1]] = current = [];
                else current?.Add(line);
            }

            return Cache[code] = new LanguageWords(code, sections);
        }
    }

    /// <summary>Inflected forms: each word, its stem (a final strippable letter off) with each suffix, and each
    /// prefix before both. Real-looking forms of the kinds a stemmer has to handle, not all of them real words.</summary>
    public IEnumerable<string> Inflections()
    {
        foreach (var word in Words)
        {
            var stems = new List<string> { word };
            foreach (var s in Strip)
                if (word.Length > s.Length + 2 && word.EndsWith(s, StringComparison.Ordinal)) stems.Add(word[..^s.Length]);
            var forms = stems.SelectMany(stem => Suffixes.Select(suffix => stem + suffix)).Prepend(word).ToList();
            foreach (var form in forms)
            {
                yield return form;
                foreach (var prefix in Prefixes) yield return prefix + form;
            }
        }
    }
}
