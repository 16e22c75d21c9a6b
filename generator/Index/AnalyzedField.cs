namespace DirectoryPortal.Index;

// One field after the pipeline: its length in terms (repeats and "" included, as lunr counts it for
// length normalisation) and each distinct term (by LunrVocabulary number) with its count, in the
// order each first occurs, which is the order lunr numbers new terms in.
internal readonly record struct AnalyzedField(int Length, int[] TermIds, int[] Counts);
