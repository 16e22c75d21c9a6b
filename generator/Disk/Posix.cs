using System.Runtime.InteropServices;

namespace DirectoryPortal.Disk;

/// The few Linux system calls .NET does not offer: exchanging two folders, hard links, file identity and
/// flags, opening without blocking, and locks. Every caller checks OperatingSystem.IsLinux() first.
internal static class Posix
{
    public const int AtFdCwd = -100;
    public const uint RenameNoReplace = 1;
    public const uint RenameExchange = 2;
    public const int AtSymlinkNoFollow = 0x100;
    public const int AtEmptyPath = 0x1000;
    public const uint StatxBasicStats = 0x7ff;
    public const int ReadOnly = 0;
    public const int NonBlocking = 0x800;
    public const int CloseOnExec = 0x80000;
    public const int LockExclusive = 2;
    public const int LockNonBlocking = 4;
    public const int WriteOk = 2;

    // errno values (the same on every Linux architecture .NET runs on).
    public const int EPERM = 1;
    public const int ENOENT = 2;
    public const int EACCES = 13;
    public const int EEXIST = 17;
    public const int EXDEV = 18;
    public const int EINVAL = 22;
    public const int ENOSPC = 28;
    public const int EROFS = 30;
    public const int EMLINK = 31;
    public const int ENOSYS = 38;
    public const int ELOOP = 40;
    public const int EWOULDBLOCK = 11;
    public const int EOPNOTSUPP = 95;

    [DllImport("libc", SetLastError = true)]
    public static extern int renameat2(int oldDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string oldPath,
        int newDirectory, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath, uint flags);

    [DllImport("libc", SetLastError = true)]
    public static extern int link([MarshalAs(UnmanagedType.LPUTF8Str)] string existing, [MarshalAs(UnmanagedType.LPUTF8Str)] string newPath);

    /// struct statx is the same 256 bytes on every architecture, unlike struct stat.
    [DllImport("libc", SetLastError = true)]
    public static extern int statx(int directory, [MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, uint mask, byte[] buffer);

    [DllImport("libc", SetLastError = true)]
    public static extern int open([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int flags, int mode);

    [DllImport("libc", SetLastError = true)]
    public static extern int close(int descriptor);

    [DllImport("libc", SetLastError = true)]
    public static extern int flock(int descriptor, int operation);

    [DllImport("libc", SetLastError = true)]
    public static extern int access([MarshalAs(UnmanagedType.LPUTF8Str)] string path, int mode);

    [DllImport("libc", SetLastError = true)]
    public static extern int geteuid();

    /// The errno of the last call, as the message the C library gives it.
    public static string Describe(int errno) => Marshal.GetPInvokeErrorMessage(errno);
}

/// The Windows call for hard links, which .NET does not wrap.
internal static class Win32
{
    [DllImport("kernel32", SetLastError = true, CharSet = CharSet.Unicode)]
    [return: MarshalAs(UnmanagedType.Bool)]
    public static extern bool CreateHardLinkW(string newPath, string existing, IntPtr reserved);
}
