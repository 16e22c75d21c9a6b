using DirectoryPortal.Model;

namespace DirectoryPortal.Validate;

/// One rule about the content; checks are small units added to the validator's list.
public interface IContentCheck
{
    void Check(ContentSet content, CheckContext context);
}
