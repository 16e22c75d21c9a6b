using System.Security.Cryptography;
using System.Text;

namespace DirectoryPortal.Write.OpenReferral;

/// Ids for everything in the feed other than a service: name-based UUIDs (RFC 9562 version 5), so a
/// build always gives the same id to the same thing. Parts of a service (its phones, schedules,
/// locations) take theirs from the service's id and their position, never from their contents: an id
/// made from an address could be matched against guessed addresses, which would betray a refuge.
public static class FeedIds
{
    /// This generator's own namespace for version 5 UUIDs.
    private static readonly Guid Namespace = Guid.Parse("35da487a-3abc-4acf-b38e-63a045bb4fb7");

    /// An id for something the whole site shares (a taxonomy, a term, an organisation).
    public static string Of(string name) => Create(Namespace, name);

    /// An id for a part of one service ("phone:0", "schedule:2").
    public static string Of(string serviceId, string part) => Create(Guid.Parse(serviceId), part);

    private static string Create(Guid space, string name)
    {
        var bytes = new byte[16 + Encoding.UTF8.GetByteCount(name)];
        space.TryWriteBytes(bytes, bigEndian: true, out _);
        Encoding.UTF8.GetBytes(name, bytes.AsSpan(16));
        Span<byte> hash = stackalloc byte[20];
        SHA1.HashData(bytes, hash);
        hash[6] = (byte)((hash[6] & 0x0F) | 0x50);
        hash[8] = (byte)((hash[8] & 0x3F) | 0x80);
        return new Guid(hash[..16], bigEndian: true).ToString("D");
    }
}
