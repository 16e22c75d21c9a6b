namespace DirectoryPortal.Index;

/// <summary>A document's fields after lunr's tokenizer and pipeline: all indexing needs of its text, kept between builds.</summary>
public sealed class AnalyzedDocument
{
    internal AnalyzedDocument(AnalyzedField[] fields) => Fields = fields;

    /// <summary>One per field, in the builder's field order.</summary>
    internal AnalyzedField[] Fields { get; }
}
