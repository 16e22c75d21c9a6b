namespace DirectoryPortal.Index;

// lunr's scoring of a term in a field, with the default b and k1 and the same order of floating-point
// operations, so every stored score rounds to the same three decimals as in JS.
internal static class LunrBm25
{
    private const double B = 0.75;
    private const double K1 = 1.2;

    /// <summary>lunr.idf: log(1 + |(N - n + 0.5) / (n + 0.5)|), which stays positive for common terms.</summary>
    public static double Idf(int documentsWithTerm, int documentCount)
    {
        double x = (documentCount - documentsWithTerm + 0.5) / (documentsWithTerm + 0.5);
        return Math.Log(1 + Math.Abs(x));
    }

    /// <summary>The value stored in a field vector times 1000: lunr stores Math.round(score * 1000) / 1000.</summary>
    public static double ScoreThousandths(double idf, int termFrequency, int fieldLength, double averageFieldLength, double fieldBoost)
    {
        double tf = termFrequency;
        double score = idf * ((K1 + 1) * tf) / (K1 * (1 - B + B * (fieldLength / averageFieldLength)) + tf);
        score *= fieldBoost;
        // A document boost would multiply here; documents are never boosted, and x * 1 is exact.
        return JsMath.Round(score * 1000);
    }
}
