using DirectoryPortal.Model;

namespace DirectoryPortal.Write;

/// A theme's vendor.yml: files from npm packages that the site serves itself.
public sealed class VendorFiles : Record
{
    [Required] public List<VendorFile> Files { get; set; } = new();
}
