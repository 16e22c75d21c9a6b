using System.Runtime.InteropServices;

namespace DirectoryPortal.Disk;

/// What kind of thing a directory entry is.
public enum EntryKind
{
    Missing,
    File,
    Directory,
    SymbolicLink,
    /// A named pipe, socket or device: never read as content.
    Special,
}

/// One directory entry as the file system describes it, without following a symbolic link at the end of the path.
public readonly record struct EntryInfo(EntryKind Kind, long Size, DateTime ModifiedUtc, ulong Device, ulong Inode, bool Immutable, string SpecialKind)
{
    /// Whether Device and Inode identify the file (Linux); elsewhere size and time stand in for them.
    public bool HasIdentity => Inode != 0;

    public bool Exists => Kind != EntryKind.Missing;

    public static EntryInfo Of(string path)
    {
        if (OperatingSystem.IsLinux())
        {
            var buffer = new byte[256];
            if (Posix.statx(Posix.AtFdCwd, path, Posix.AtSymlinkNoFollow, Posix.StatxBasicStats, buffer) == 0) return FromStatx(buffer);
            var errno = Marshal.GetLastPInvokeError();
            if (errno is Posix.ENOENT or 20 /* ENOTDIR */) return default;
            throw Errno.Exception(errno, path);
        }
        return Managed(path);
    }

    /// The file an open descriptor refers to (Linux only).
    internal static EntryInfo OfDescriptor(int descriptor, string pathForMessages)
    {
        var buffer = new byte[256];
        if (Posix.statx(descriptor, "", Posix.AtEmptyPath, Posix.StatxBasicStats, buffer) != 0)
            throw Errno.Exception(Marshal.GetLastPInvokeError(), pathForMessages);
        return FromStatx(buffer);
    }

    // Offsets in struct statx (linux/stat.h), fixed by the kernel's ABI.
    private static EntryInfo FromStatx(byte[] b)
    {
        var attributes = BitConverter.ToUInt64(b, 8);
        var mode = BitConverter.ToUInt16(b, 28);
        var inode = BitConverter.ToUInt64(b, 32);
        var size = (long)BitConverter.ToUInt64(b, 40);
        var seconds = BitConverter.ToInt64(b, 112);
        var nanoseconds = BitConverter.ToUInt32(b, 120);
        var device = ((ulong)BitConverter.ToUInt32(b, 136) << 32) | BitConverter.ToUInt32(b, 140);
        var modified = DateTime.UnixEpoch.AddSeconds(seconds).AddTicks(nanoseconds / 100);
        // STATX_ATTR_IMMUTABLE and STATX_ATTR_APPEND: either stops a file being removed or replaced.
        var immutable = (attributes & 0x30) != 0;
        var (kind, special) = (mode & 0xF000) switch
        {
            0x8000 => (EntryKind.File, ""),
            0x4000 => (EntryKind.Directory, ""),
            0xA000 => (EntryKind.SymbolicLink, ""),
            0x1000 => (EntryKind.Special, "a named pipe (FIFO)"),
            0x2000 => (EntryKind.Special, "a character device"),
            0x6000 => (EntryKind.Special, "a block device"),
            0xC000 => (EntryKind.Special, "a socket"),
            _ => (EntryKind.Special, "not a regular file"),
        };
        return new EntryInfo(kind, size, modified, device, inode, immutable, special);
    }

    private static EntryInfo Managed(string path)
    {
        var file = new FileInfo(path);
        if (file.LinkTarget is not null) return new EntryInfo(EntryKind.SymbolicLink, 0, default, 0, 0, false, "");
        if (Directory.Exists(path)) return new EntryInfo(EntryKind.Directory, 0, Directory.GetLastWriteTimeUtc(path), 0, 0, false, "");
        if (!file.Exists) return default;
        return new EntryInfo(EntryKind.File, file.Length, file.LastWriteTimeUtc, 0, 0, false, "");
    }

    /// True when both name the same file: the same inode on Linux, else the same size and modification time.
    public bool SameFileAs(EntryInfo other) =>
        Kind == other.Kind && Kind != EntryKind.Missing &&
        (HasIdentity && other.HasIdentity ? Device == other.Device && Inode == other.Inode : Size == other.Size && ModifiedUtc == other.ModifiedUtc);
}
