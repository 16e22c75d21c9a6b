using DirectoryPortal.Model;

namespace DirectoryPortal.Validate;

/// Stage 2: runs every check over loaded content. Built once with its checks, then reusable.
public sealed class ContentValidator
{
    private readonly IReadOnlyList<IContentCheck> _checks;

    private readonly IReadOnlyList<IContentCheck> _inOrder;
    private readonly IReadOnlyList<IReadOnlyCheck> _alongside;

    public ContentValidator(IEnumerable<IContentCheck> checks)
    {
        _checks = checks.ToList();
        _alongside = _checks.OfType<IReadOnlyCheck>().ToList();
        _inOrder = _checks.Where(c => c is not IReadOnlyCheck).ToList();
    }

    /// The checks, in the order they were given.
    public IReadOnlyList<IContentCheck> Checks => _checks;

    /// The standard set of checks, in the order their messages are most useful.
    public static ContentValidator Default { get; } = new(new IContentCheck[]
    {
        new SiteCheck(),
        new TaxonomyCheck(),
        new ServiceFieldsCheck(),
        new IdentityCheck(),
        new AliasCheck(),
        new LocationCheck(),
        new PhoneCheck(),
        new HoursCheck(),
        new NumbersInTextCheck(),
        new LanguageNamesCheck(),
        new ReferenceCheck(),
        new ReviewDateCheck(),
        new MarkdownCheck(),
        new ReadabilityCheck(),
        new LinkCheck(),
        new OutputPathCheck(),
        new StaticFileCheck(),
        new TranslationCheck(),
        new UiStringsCheck(),
        new SynonymsCheck(),
    });

    /// Problems go to the context's list, which the build sorts: the order checks run in does not show.
    public void Validate(ContentSet content, CheckContext context)
    {
        // Settled before two threads share the context.
        context.ServicesToCheck(content);
        var alongside = Task.Run(() =>
        {
            foreach (var check in _alongside) check.Check(content, context);
        });
        try
        {
            foreach (var check in _inOrder) check.Check(content, context);
        }
        finally
        {
            alongside.GetAwaiter().GetResult();
        }
    }
}
