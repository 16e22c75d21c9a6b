namespace DirectoryPortal.Disk;

/// A file system operation failed; <see cref="Reason"/> says why in words an editor understands.
public sealed class DiskException(string message, string path, int errno, string reason) : IOException(message)
{
    public string Path { get; } = path;
    /// The C library's error number (Linux), or 0 when .NET reported the failure.
    public int Errno { get; } = errno;
    public string Reason { get; } = reason;
    public bool DiskFull => Errno == Posix.ENOSPC;
}

/// Turns error numbers and .NET's I/O exceptions into plain reasons.
public static class Errno
{
    public static DiskException Exception(int errno, string path) =>
        new($"{path}: {Reason(errno)}", path, errno, Reason(errno));

    public static string Reason(int errno) => errno switch
    {
        Posix.EPERM => "the operation is not permitted (the file may be marked immutable or append-only: see 'lsattr')",
        Posix.EACCES => "permission denied",
        Posix.ENOSPC => "the disk is full",
        Posix.EROFS => "the disk is mounted read-only",
        Posix.EXDEV => "it is on another disk",
        Posix.EMLINK => "the file has too many links",
        Posix.ELOOP => "it is a symbolic link",
        _ => Posix.Describe(errno).ToLowerInvariant(),
    };

    /// The reason behind an exception from .NET's own file calls (which do not expose errno).
    public static string Reason(Exception ex) => ex switch
    {
        DiskException d => d.Reason,
        AggregateException a when a.InnerExceptions.Count > 0 => Reason(a.Flatten().InnerExceptions[0]),
        UnauthorizedAccessException => "permission denied",
        IOException io when IsDiskFull(io) => "the disk is full",
        PathTooLongException => "the path is too long",
        _ => ex.Message,
    };

    public static bool IsDiskFull(Exception ex) => ex switch
    {
        DiskException d => d.DiskFull,
        AggregateException a => a.Flatten().InnerExceptions.Any(IsDiskFull),
        // .NET puts errno in HResult on Unix, ERROR_DISK_FULL / ERROR_HANDLE_DISK_FULL on Windows.
        IOException io => io.HResult is Posix.ENOSPC or unchecked((int)0x80070070) or unchecked((int)0x80070027),
        _ => false,
    };
}
