using DirectoryPortal.Model;

namespace DirectoryPortal.Write;

/// One file copied from the theme's node_modules into the output.
public sealed class VendorFile
{
    [Required] public string From { get; set; } = "";
    [Required] public string To { get; set; } = "";
}
