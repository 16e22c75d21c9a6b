namespace DirectoryPortal.Write;

/// Fault injection for the tests: with DIRECTORYPORTAL_PAUSE_AT_STEP=N the build stops for good at the Nth
/// step of its publish (each file staged, the swap, each file of the old site removed) and says so on
/// stderr, so a test can kill it at exactly that moment. Unset, a step costs one comparison.
internal static class PublishSteps
{
    private static readonly int PauseAt =
        int.TryParse(Environment.GetEnvironmentVariable("DIRECTORYPORTAL_PAUSE_AT_STEP"), out var step) ? step : 0;
    private static int _count;
    private static int _swap;

    public static void Reached(string what)
    {
        if (PauseAt == 0) return;
        var n = Interlocked.Increment(ref _count);
        if (what == "swap") _swap = n;
        if (n != PauseAt) return;
        Console.Error.WriteLine($"directoryportal: paused at publish step {n} ({what})");
        Console.Error.Flush();
        Thread.Sleep(Timeout.Infinite);
    }

    /// Reports how many steps a whole publish took, so a test can spread its kills over them.
    public static void Finished()
    {
        if (PauseAt == 0) return;
        Console.Error.WriteLine($"directoryportal: publish took {Volatile.Read(ref _count)} steps (swap at step {_swap})");
        Console.Error.Flush();
    }
}
