namespace DirectoryPortal.Validate;

/// A check that only reads the content and reports problems: it runs on another core alongside the other
/// checks, some of which fill things in as they go (PhoneCheck sets each phone's display form and link).
/// A check that changes the content, reads what another check fills in, or calls libphonenumber (not
/// known to be safe on two threads at once) must not be one.
public interface IReadOnlyCheck : IContentCheck
{
}
