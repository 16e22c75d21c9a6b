using System.Collections.Frozen;
using System.Text;

namespace DirectoryPortal.Index.Languages;

/// <summary>lunr-languages' Arabic stemmer ("stemmer-ar"): normalisation, then prefix, suffix and pattern rules by word length.</summary>
/// <remarks>
/// Written from lunr.ar.js's behaviour, quirks included, since the index must hold what the browser's copy makes of
/// a query: its check that a word is all Arabic tests an always-empty variable and so never stops stemming (Latin
/// words go through and mostly come out unchanged); the first alef variant (آ أ إ ٱ ى) becomes ا but later ones stay;
/// only the first ؤ and the first ئ become ء; the first ة anywhere in the word is removed, not only a final one;
/// its own stop-word list is the filter's plus "و". Lengths are UTF-16 code units, as in JavaScript.
/// </remarks>
public static class ArabicStemmer
{
    private static readonly FrozenSet<string> StopWords =
        LunrLanguagesStopWords.Arabic.Split(' ').Append("\u0648").ToFrozenSet(StringComparer.Ordinal);

    private static readonly string[] Prefixes4 = ["فبال", "كبال", "وبال", "وكال"];
    private static readonly string[] Prefixes3 = ["بال", "وال", "فال", "تال", "كال", "ولل"];
    private static readonly string[] Prefixes2 = ["ال", "لل"];
    private const string Prefixes1 = "فكبوسلنايت";
    private const string Suffixes1 = "هكتناي";
    private static readonly string[] Suffixes2 = "نك نه ها وك يا اه ون ين تن تم نا وا ان كم كن ني نن ما هم هن تك ته ات يه".Split(' ');
    private static readonly string[] Suffixes3 = "تين كهم نيه نهم ونه وها يهم ونا ونك وني وهم تكم تنا تها تني تهم كما كها ناه نكم هنا تان يها".Split(' ');
    private static readonly string[] Suffixes4 = "كموه ناها ونني ونهم تكما تموه تكاه كماه ناكم ناهم نيها وننا".Split(' ');

    public static string Stem(string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        var state = new State(Normalise(word));
        if (StopWords.Contains(state.Word)) return state.Word;

        state.Word = NormaliseHamza(state.Word);
        if (state.Word.Length > 3 && state.Word[0] == 'و' && state.Word[1] == 'و') state.Word = state.Word[1..];
        RemovePrefixes432(state);
        if (state.Word.Length <= 2) return state.Word;
        if (state.Word.EndsWith('ا')) state.Word = state.Word[..^1];
        state.Word = ReplaceFirst(state.Word, 'ة', "");
        CheckByLength(state);
        return state.Word;
    }

    private sealed class State(string word)
    {
        public string Word = word;
        public bool PrefixRemoved;
        public bool SuffixRemoved;
        public bool Done;
    }

    // Tatweel out, harakat (U+064B to U+065B) out, then the first alef variant to a plain alef.
    private static string Normalise(string word)
    {
        var output = new StringBuilder(word.Length);
        foreach (char c in word)
            if (c != '\u0640' && c is not (>= '\u064B' and <= '\u065B')) output.Append(c);
        string text = output.ToString();
        int alef = text.AsSpan().IndexOfAny("\u0622\u0623\u0625\u0671\u0649");
        return alef < 0 ? text : string.Concat(text.AsSpan(0, alef), "\u0627", text.AsSpan(alef + 1));
    }

    private static string NormaliseHamza(string word)
    {
        word = ReplaceFirst(word, 'ؤ', "ء");
        word = ReplaceFirst(word, 'ئ', "ء");
        // Runs of alef become one.
        var output = new StringBuilder(word.Length);
        foreach (char c in word)
            if (!(c == 'ا' && output.Length > 0 && output[^1] == 'ا')) output.Append(c);
        return output.ToString();
    }

    private static string ReplaceFirst(string word, char find, string with)
    {
        int at = word.IndexOf(find);
        return at < 0 ? word : string.Concat(word.AsSpan(0, at), with, word.AsSpan(at + 1));
    }

    private static void RemovePrefixes432(State state)
    {
        string before = state.Word;
        if (state.Word.Length >= 7) state.Word = CutPrefix(state.Word, Prefixes4);
        if (state.Word == before && state.Word.Length >= 6) state.Word = CutPrefix(state.Word, Prefixes3);
        if (state.Word == before && state.Word.Length >= 5) state.Word = CutPrefix(state.Word, Prefixes2);
        if (state.Word != before) state.PrefixRemoved = true;
    }

    private static string CutPrefix(string word, string[] prefixes)
    {
        foreach (string prefix in prefixes)
            if (word.StartsWith(prefix, StringComparison.Ordinal)) return word[prefix.Length..];
        return word;
    }

    private static string CutSuffix(string word, string[] suffixes)
    {
        foreach (string suffix in suffixes)
            if (word.EndsWith(suffix, StringComparison.Ordinal)) return word[..^suffix.Length];
        return word;
    }

    private static void RemovePrefix1(State state)
    {
        if (state.PrefixRemoved || state.Word.Length <= 3 || Prefixes1.IndexOf(state.Word[0]) < 0) return;
        state.Word = state.Word[1..];
        state.PrefixRemoved = true;
    }

    private static void RemoveSuffix1(State state)
    {
        if (state.SuffixRemoved || state.Word.Length <= 3 || Suffixes1.IndexOf(state.Word[^1]) < 0) return;
        state.Word = state.Word[..^1];
        state.SuffixRemoved = true;
    }

    // Unlike the one-letter steps, this one runs even after a suffix has gone.
    private static void RemoveSuffixes432(State state)
    {
        string before = state.Word;
        if (state.Word.Length >= 6) state.Word = CutSuffix(state.Word, Suffixes4);
        if (state.Word == before && state.Word.Length >= 5) state.Word = CutSuffix(state.Word, Suffixes3);
        if (state.Word == before && state.Word.Length >= 4) state.Word = CutSuffix(state.Word, Suffixes2);
        if (state.Word != before) state.SuffixRemoved = true;
    }

    private static void CheckPatterns(State state, ArabicPattern[] patterns)
    {
        foreach (var pattern in patterns)
        {
            if (!pattern.TryMatch(state.Word, out string result)) continue;
            state.Word = result;
            state.Done = true;
            return;
        }
    }

    // lunr.ar's wordCheck: steps for seven letters or more, then six, five and four, each list run in order
    // while the word keeps that length and no pattern has matched. A word that shrinks moves to the next list.
    private static void CheckByLength(State state)
    {
        Action<State>[] seven = [RemoveSuffixes432, RemoveSuffix1, RemovePrefix1];
        int step = 0;
        bool patternChecked = false;
        while (state.Word.Length >= 7 && !state.Done && step < seven.Length)
        {
            if (state.Word.Length == 7 && !patternChecked)
            {
                CheckPatterns(state, ArabicPatterns.Pt73);
                patternChecked = true;
            }
            else
            {
                seven[step++](state);
                patternChecked = false;
            }
        }

        Run(state, 6, s => CheckPatterns(s, ArabicPatterns.Pt63), RemoveSuffixes432, RemoveSuffix1, RemovePrefix1, s => CheckPatterns(s, ArabicPatterns.Pt64));
        Run(state, 5, s => CheckPatterns(s, ArabicPatterns.Pt53), RemoveSuffixes432, RemoveSuffix1, RemovePrefix1, s => CheckPatterns(s, ArabicPatterns.Pt54));
        Run(state, 4, s => CheckPatterns(s, ArabicPatterns.Pt43), RemoveSuffix1, RemovePrefix1, RemoveSuffixes432);
    }

    private static void Run(State state, int length, params Action<State>[] steps)
    {
        for (int step = 0; state.Word.Length == length && !state.Done && step < steps.Length; step++) steps[step](state);
    }
}
