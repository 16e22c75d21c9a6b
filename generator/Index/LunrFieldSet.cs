using DirectoryPortal.Index.Languages;

namespace DirectoryPortal.Index;

// The fields as lunr's builder holds them: a JS object keyed by name, so a repeated name keeps its first
// position but takes its last boost, and names that are array indices ("0", "12") move to the front.
internal sealed class LunrFieldSet
{
    /// <summary>The key lunr stores each term's number under, beside the per-field postings.</summary>
    public const string TermIndexKey = "_index";

    public LunrFieldSet(IReadOnlyList<SearchField> fields)
    {
        ArgumentNullException.ThrowIfNull(fields);
        var boosts = new Dictionary<string, double>(StringComparer.Ordinal);
        var languages = new Dictionary<string, LunrLanguage?>(StringComparer.Ordinal);
        var insertionOrder = new List<string>();
        foreach (var field in fields)
        {
            ArgumentNullException.ThrowIfNull(field, nameof(fields));
            ArgumentNullException.ThrowIfNull(field.Name, nameof(fields));
            // lunr rejects '/' because it joins field and ref with it in field vector keys.
            if (field.Name.Contains('/'))
                throw new ArgumentException($"Field '{field.Name}' contains illegal character '/'", nameof(fields));
            // lunr would silently overwrite the term number with this field's postings.
            if (field.Name == TermIndexKey)
                throw new ArgumentException($"Field name '{TermIndexKey}' is reserved by lunr", nameof(fields));

            if (!boosts.ContainsKey(field.Name)) insertionOrder.Add(field.Name);
            // lunr reads `boost || 1`, so a zero or NaN boost means no boost.
            boosts[field.Name] = field.Boost == 0 || double.IsNaN(field.Boost) ? 1 : field.Boost;
            languages[field.Name] = field.Language;
        }

        Names = JsPropertyOrder.Order(insertionOrder).ToArray();
        Boosts = Names.Select(name => boosts[name]).ToArray();
        Languages = Names.Select(name => languages[name]).ToArray();

        // Each posting object is created with "_index" first and then one key per field, so array-index
        // field names end up before "_index" when it is serialized. -1 stands for "_index".
        var postingKeys = JsPropertyOrder.Order(Names.Prepend(TermIndexKey));
        PostingLayout = postingKeys.Select(key => key == TermIndexKey ? -1 : Array.IndexOf(Names, key)).ToArray();
    }

    /// <summary>Field names in the order lunr iterates and serializes them.</summary>
    public string[] Names { get; }

    /// <summary>Effective boost of each field, parallel to <see cref="Names"/>.</summary>
    public double[] Boosts { get; }

    /// <summary>Each field's own language, parallel to <see cref="Names"/>; null for the index's language.</summary>
    public LunrLanguage?[] Languages { get; }

    /// <summary>Order of keys in a serialized posting: field positions, with -1 for "_index".</summary>
    public int[] PostingLayout { get; }

    public int Count => Names.Length;
}
