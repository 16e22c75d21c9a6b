namespace DirectoryPortal.Index;

// One document field after the pipeline: its length in terms (repeats and "" included, as lunr counts
// it for length normalisation) and each distinct term's frequency.
internal readonly record struct FieldTerms(int Length, (LunrTerm Term, int Count)[] Counts);
