namespace DirectoryPortal.Model;

/// Opening times on some days of the week, in UK local time (one ORUK 3.0 schedule with freq WEEKLY).
/// A closing time earlier than the opening time means the service closes the next day (open overnight);
/// "00:00" as the closing time means midnight at the end of the day, so 00:00 to 00:00 is the whole day.
public sealed class RegularSchedule
{
    [Required, Allowed("MO", "TU", "WE", "TH", "FR", "SA", "SU")] public List<string> Byday { get; set; } = new();
    [Required] public string OpensAt { get; set; } = "";
    [Required] public string ClosesAt { get; set; } = "";
    /// Words about this span that the times cannot say ("Opens later on Wednesdays").
    public string? Description { get; set; }
}
