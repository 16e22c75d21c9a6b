namespace DirectoryPortal.Write.Verify;

/// The safety promises every page keeps, whatever template made it; each names a rule in error messages.
public static class PageRule
{
    public const string CspFirst = "csp-first";
    public const string QuickExit = "quick-exit";
    public const string EmergencyNotice = "emergency-notice";
    public const string InlineScript = "inline-script";
    public const string EventHandler = "event-handler";
    public const string OtherHost = "other-host";
}

/// One broken promise on one page.
public sealed record PageViolation(string Page, int Offset, string Rule, string Message);
