using System.Diagnostics;

namespace DirectoryPortal.Pipeline;

/// Times the pipeline's stages one after another.
public sealed class StageTimer
{
    private readonly Stopwatch _clock = Stopwatch.StartNew();
    private TimeSpan _last;
    private readonly List<(string Stage, TimeSpan Time)> _laps = new();

    public IReadOnlyList<(string Stage, TimeSpan Time)> Laps => _laps;

    public void Lap(string stage)
    {
        var now = _clock.Elapsed;
        _laps.Add((stage, now - _last));
        _last = now;
    }
}
