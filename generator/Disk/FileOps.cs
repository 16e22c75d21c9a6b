using System.Runtime.InteropServices;

namespace DirectoryPortal.Disk;

/// Renames and links that .NET does not offer: swapping two folders in one step, and hard links.
public static class FileOps
{
    /// Swaps two folders on the same disk in one atomic step (Linux renameat2 RENAME_EXCHANGE). Returns
    /// false when the operating system or file system cannot, so the caller can fall back.
    public static bool TryExchange(string a, string b)
    {
        if (!OperatingSystem.IsLinux()) return false;
        try
        {
            if (Posix.renameat2(Posix.AtFdCwd, a, Posix.AtFdCwd, b, Posix.RenameExchange) == 0) return true;
        }
        catch (EntryPointNotFoundException)
        {
            return false; // a C library older than glibc 2.28
        }
        var errno = Marshal.GetLastPInvokeError();
        if (errno is Posix.EINVAL or Posix.ENOSYS or Posix.EOPNOTSUPP) return false;
        throw Errno.Exception(errno, b);
    }

    /// Renames <paramref name="from"/> to <paramref name="to"/>, failing rather than replacing anything at <paramref name="to"/>.
    public static void RenameNoReplace(string from, string to)
    {
        if (OperatingSystem.IsLinux())
        {
            if (Posix.renameat2(Posix.AtFdCwd, from, Posix.AtFdCwd, to, Posix.RenameNoReplace) == 0) return;
            var errno = Marshal.GetLastPInvokeError();
            if (errno is not (Posix.EINVAL or Posix.ENOSYS or Posix.EOPNOTSUPP)) throw Errno.Exception(errno, to);
        }
        if (EntryInfo.Of(to).Exists) throw new DiskException($"{to}: it already exists", to, Posix.EEXIST, "it already exists");
        if (Directory.Exists(from)) Directory.Move(from, to);
        else File.Move(from, to);
    }

    /// Gives the file at <paramref name="existing"/> a second name. Throws DiskException when the file
    /// system refuses (an immutable file, another disk, a file system without hard links).
    public static void HardLink(string existing, string newPath)
    {
        if (OperatingSystem.IsWindows())
        {
            if (!Win32.CreateHardLinkW(newPath, existing, IntPtr.Zero))
                throw new DiskException($"{newPath}: cannot link to {existing}", newPath, 0, "the file system cannot make a second name for the file");
            return;
        }
        if (Posix.link(existing, newPath) != 0) throw Errno.Exception(Marshal.GetLastPInvokeError(), existing);
    }

    /// Why this process may not add and remove entries in <paramref name="directory"/>, or null when it may.
    public static string? WhyNotWritable(string directory)
    {
        if (!OperatingSystem.IsLinux() || Posix.access(directory, Posix.WriteOk) == 0) return null;
        return Errno.Reason(Marshal.GetLastPInvokeError());
    }
}
