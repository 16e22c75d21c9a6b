using System.Collections.Concurrent;

namespace DirectoryPortal.Index;

// Every distinct term the documents analyzed for one builder have held, each numbered once for good.
// Analyzed documents kept between builds name their terms by these numbers, so indexing them looks
// terms up in an array instead of hashing a million strings. (lunr's own term numbers, "_index",
// depend on the order of the documents in each build and are given by LunrCorpus.)
internal sealed class LunrVocabulary
{
    private readonly ConcurrentDictionary<string, int> _ids = new(StringComparer.Ordinal);
    private readonly List<string> _texts = [];

    public int IdOf(string text)
    {
        if (_ids.TryGetValue(text, out int id)) return id;
        lock (_texts)
        {
            if (_ids.TryGetValue(text, out id)) return id;
            id = _texts.Count;
            _texts.Add(text);
            _ids[text] = id;
            return id;
        }
    }

    public string TextOf(int id)
    {
        lock (_texts) return _texts[id];
    }

    public int Count
    {
        get { lock (_texts) return _texts.Count; }
    }
}
