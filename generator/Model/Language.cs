namespace DirectoryPortal.Model;

/// One language the site is published in: a whole site of its own under <see cref="Prefix"/>.
public sealed record Language(string Code, string Tag, string Name, bool RightToLeft, string Prefix)
{
    /// The main language, published at the site's root, that every translation is made from.
    public bool IsMain => Prefix.Length == 0;

    /// "rtl" or "ltr", for the dir attribute.
    public string Direction => RightToLeft ? "rtl" : "ltr";
}
