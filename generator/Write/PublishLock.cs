using System.Runtime.InteropServices;
using DirectoryPortal.Disk;

namespace DirectoryPortal.Write;

/// Lets one build at a time publish into a folder's parent, so one build never takes another's staging
/// folder for a leftover. On Linux a lock on the parent folder itself; elsewhere a lock file beside the output.
internal sealed class PublishLock : IDisposable
{
    private readonly int _descriptor = -1;
    private readonly FileStream? _file;

    private PublishLock(int descriptor, FileStream? file)
    {
        _descriptor = descriptor;
        _file = file;
    }

    public static PublishLock Acquire(string parent, string name, TimeSpan wait)
    {
        var clock = System.Diagnostics.Stopwatch.StartNew();
        if (OperatingSystem.IsLinux())
        {
            var fd = Posix.open(parent, Posix.ReadOnly | Posix.CloseOnExec, 0);
            if (fd < 0) throw new PublishException($"the folder '{parent}' cannot be opened: {Errno.Reason(Marshal.GetLastPInvokeError())}");
            while (Posix.flock(fd, Posix.LockExclusive | Posix.LockNonBlocking) != 0)
            {
                if (clock.Elapsed > wait)
                {
                    Posix.close(fd);
                    throw new PublishException($"another build has been writing to '{parent}' for {wait.TotalSeconds:0} seconds");
                }
                Thread.Sleep(100);
            }
            return new PublishLock(fd, null);
        }
        var path = Path.Combine(parent, $".{name}.dp-lock");
        while (true)
        {
            try
            {
                return new PublishLock(-1, new FileStream(path, FileMode.OpenOrCreate, FileAccess.ReadWrite, FileShare.None, 1, FileOptions.DeleteOnClose));
            }
            catch (IOException) when (clock.Elapsed < wait)
            {
                Thread.Sleep(100);
            }
            catch (IOException)
            {
                throw new PublishException($"another build has been writing to '{parent}' for {wait.TotalSeconds:0} seconds");
            }
        }
    }

    public void Dispose()
    {
        if (_descriptor >= 0) Posix.close(_descriptor);
        _file?.Dispose();
    }
}
