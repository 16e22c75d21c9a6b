using System.Runtime.InteropServices;
using DirectoryPortal.Disk;
using DirectoryPortal.Model;
using Microsoft.Win32.SafeHandles;

namespace DirectoryPortal.Load;

/// Reads one file from the content folder, refusing anything that is not an ordinary file of the content
/// folder's own: a symbolic link is never followed (its target is never read or named), and a named pipe,
/// device or socket is never opened for reading. At most the limit plus one byte is ever read, however
/// large the file says it is.
public static class ContentFile
{
    /// The bytes of <paramref name="path"/>, or null after reporting why they cannot be read.
    public static byte[]? ReadBytes(string path, string displayName, ProblemList problems, long maxBytes)
    {
        var info = EntryInfo.Of(path);
        if (Refused(info, displayName, problems)) return null;
        try
        {
            return OperatingSystem.IsLinux() ? ReadLinux(path, info, displayName, problems, maxBytes) : ReadManaged(path, displayName, problems, maxBytes);
        }
        catch (UnauthorizedAccessException)
        {
            Unreadable(displayName, problems, "permission denied");
        }
        catch (IOException ex)
        {
            Unreadable(displayName, problems, Errno.Reason(ex));
        }
        return null;
    }

    /// Reports a symbolic link, a missing file or anything that is not a file; true when it was refused.
    public static bool Refused(EntryInfo info, string displayName, ProblemList problems)
    {
        switch (info.Kind)
        {
            case EntryKind.File:
                return false;
            case EntryKind.SymbolicLink:
                problems.Error(displayName, 0, 0, "", "is a symbolic link. The generator reads only real files inside the content folder, so that nothing from elsewhere on the computer can be published.",
                    "Replace the link with a copy of the file itself.");
                return true;
            case EntryKind.Missing:
                problems.Error(displayName, 0, 0, "", "The file is missing.", $"Create content/{displayName} (see docs/content-model.md).");
                return true;
            case EntryKind.Directory:
                problems.Error(displayName, 0, 0, "", "is a folder, not a file.", "Rename or move the folder.");
                return true;
            default:
                problems.Error(displayName, 0, 0, "", $"is {info.SpecialKind}, not an ordinary file, so it cannot be read as content.",
                    "Delete it and save the content as an ordinary file.");
                return true;
        }
    }

    private static byte[]? ReadLinux(string path, EntryInfo before, string displayName, ProblemList problems, long maxBytes)
    {
        // O_NONBLOCK: if the file was swapped for a named pipe since it was looked at, opening it does not hang.
        var fd = Posix.open(path, Posix.ReadOnly | Posix.NonBlocking | Posix.CloseOnExec, 0);
        if (fd < 0)
        {
            Unreadable(displayName, problems, Errno.Reason(Marshal.GetLastPInvokeError()));
            return null;
        }
        using var handle = new SafeFileHandle(fd, ownsHandle: true);
        var opened = EntryInfo.OfDescriptor(fd, displayName);
        if (opened.Kind != EntryKind.File || !opened.SameFileAs(before))
        {
            Unreadable(displayName, problems, "it changed while it was being read; save it again");
            return null;
        }
        return ReadAtMost(handle, displayName, problems, maxBytes);
    }

    private static byte[]? ReadManaged(string path, string displayName, ProblemList problems, long maxBytes)
    {
        using var handle = File.OpenHandle(path, FileMode.Open, FileAccess.Read, FileShare.ReadWrite | FileShare.Delete);
        return ReadAtMost(handle, displayName, problems, maxBytes);
    }

    // Reads until the end of the file or one byte past the limit, trusting only the bytes that arrive.
    private static byte[]? ReadAtMost(SafeFileHandle handle, string displayName, ProblemList problems, long maxBytes)
    {
        var reported = RandomAccess.GetLength(handle);
        var buffer = new byte[(int)Math.Min(maxBytes + 1, Math.Max(4096, reported + 1))];
        var total = 0;
        while (true)
        {
            if (total == buffer.Length)
            {
                if (total > maxBytes) break;
                Array.Resize(ref buffer, (int)Math.Min(maxBytes + 1, (long)buffer.Length * 2));
            }
            var read = RandomAccess.Read(handle, buffer.AsSpan(total), total);
            if (read == 0) break;
            total += read;
        }
        if (total > maxBytes)
        {
            var size = reported > maxBytes ? $"{reported / 1024} KB" : $"more than {maxBytes / 1024} KB";
            problems.Error(displayName, 0, 0, "", $"The file is {size}; the limit is {maxBytes / 1024} KB.",
                "Split it or remove what is not needed; a service record is normally a few KB.");
            return null;
        }
        return total == buffer.Length ? buffer : buffer[..total];
    }

    private static void Unreadable(string displayName, ProblemList problems, string reason) =>
        problems.Error(displayName, 0, 0, "", $"The file cannot be read: {reason}.",
            "Check that the file is yours and readable (on Linux or macOS: ls -l), then run the command again.");
}
