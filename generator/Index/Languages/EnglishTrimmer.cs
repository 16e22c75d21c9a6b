namespace DirectoryPortal.Index.Languages;

/// <summary>lunr's own "trimmer" (see <see cref="LunrTrimmer"/>), as a pipeline step.</summary>
internal sealed class EnglishTrimmer() : TokenMap("trimmer")
{
    public override string Map(string text) => LunrTrimmer.Trim(text).ToString();
}
