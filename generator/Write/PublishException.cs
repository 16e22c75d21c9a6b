namespace DirectoryPortal.Write;

/// The new site could not be put in place. Thrown only while the published site is still the previous
/// one, untouched: whatever was staged has been removed again.
public sealed class PublishException(string reason, Exception? inner = null) : Exception(reason, inner);
