namespace DirectoryPortal.Index.Languages;

/// <summary>A token on its way through a pipeline; <see cref="IsUnaccentedCopy"/> marks the copy <see cref="UnaccentedCopy"/> adds after its original.</summary>
internal readonly record struct PipelineToken(string Text, bool IsUnaccentedCopy = false);
