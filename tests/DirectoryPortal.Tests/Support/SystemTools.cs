using System.Diagnostics;

namespace DirectoryPortal.Tests.Support;

/// Real conditions a publish must survive, made with the system's own tools: a small disk that fills up,
/// a read-only disk, an immutable file. They need root (CI runs the tests as root).
public static class SystemTools
{
    public static void Run(string file, params string[] args)
    {
        var info = new ProcessStartInfo(file) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var arg in args) info.ArgumentList.Add(arg);
        using var process = Process.Start(info)!;
        var err = process.StandardError.ReadToEnd();
        process.WaitForExit();
        if (process.ExitCode != 0) throw new InvalidOperationException($"{file} {string.Join(' ', args)} failed ({process.ExitCode}): {err}");
    }

    /// A tmpfs of <paramref name="size"/> (mount's syntax, e.g. "2m") mounted on a new folder; unmounted on Dispose.
    public static Mounted MountTmpfs(string folder, string size, int? inodes = null)
    {
        Directory.CreateDirectory(folder);
        Run("mount", "-t", "tmpfs", "-o", $"size={size}" + (inodes is { } n ? $",nr_inodes={n}" : ""), "tmpfs", folder);
        return new Mounted(folder);
    }

    /// <paramref name="folder"/> mounted again on itself, read-only; Dispose makes it writable again.
    public static Mounted BindReadOnly(string folder)
    {
        Run("mount", "--bind", folder, folder);
        Run("mount", "-o", "remount,bind,ro", folder);
        return new Mounted(folder);
    }

    public static void SetImmutable(string path, bool on) => Run("chattr", on ? "+i" : "-i", path);

    public sealed class Mounted(string folder) : IDisposable
    {
        public string Folder { get; } = folder;

        public void Dispose()
        {
            for (var attempt = 0; attempt < 20; attempt++)
            {
                try { Run("umount", Folder); return; }
                catch (InvalidOperationException) when (attempt < 19) { Thread.Sleep(100); }
            }
        }
    }
}

/// The C library's open and close, for tests that must hold a folder open or open a pipe without blocking,
/// and a thread's nice value, for a test's busy background thread.
public static class Native
{
    public const int ReadOnly = 0;
    public const int WriteOnly = 1;
    public const int NonBlocking = 0x800;

    [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
    public static extern int open([System.Runtime.InteropServices.MarshalAs(System.Runtime.InteropServices.UnmanagedType.LPUTF8Str)] string path, int flags, int mode);

    [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
    public static extern int close(int descriptor);

    [System.Runtime.InteropServices.DllImport("libc")]
    public static extern int gettid();

    [System.Runtime.InteropServices.DllImport("libc", SetLastError = true)]
    public static extern int setpriority(int which, int who, int priority);

    /// Lowers the calling thread's priority (Linux gives each thread its own nice value).
    public static void NiceThisThread(int nice)
    {
        if (setpriority(0 /* PRIO_PROCESS, which for a thread id means that thread */, gettid(), nice) != 0)
            throw new InvalidOperationException("setpriority failed: errno " + System.Runtime.InteropServices.Marshal.GetLastPInvokeError());
    }
}
