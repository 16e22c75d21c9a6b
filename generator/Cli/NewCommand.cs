using DirectoryPortal.Load;

namespace DirectoryPortal.Cli;

/// `new service "Name"` and `new guidance "Title"`: a correctly named file with every field and a comment on each.
public static class NewCommand
{
    public const string Help = """
        Usage: dotnet run --project generator -- new service "Service name" [--content DIR]
               dotnet run --project generator -- new guidance "Page title" [--content DIR]

        Creates content/services/<slug>.yml or content/guidance/<slug>.md with every field
        listed and explained. Fill it in, then run 'check': it tells you what is still missing.
        """;

    /// Longer than any real service's name; short enough that the file name stays well within every file system's limit.
    public const int MaxNameLength = 120;

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = Arguments.Parse(args, "content");
        if (a.Help) { stdout.WriteLine(Help); return CommandLine.Success; }
        if (a.Positional.Count != 2 || a.Positional[0] is not ("service" or "guidance"))
            throw new UsageException("Say what to create and its name, for example: new service \"Karma Nirvana\".");
        var kind = a.Positional[0];
        var name = a.Positional[1].Trim();
        if (name.Length == 0) throw new UsageException("The name cannot be empty.");
        if (name.Any(char.IsControl))
            throw new UsageException("The name must be one line of text, without line breaks or tabs.");
        if (name.Length > MaxNameLength)
            throw new UsageException($"The name is {name.Length} characters long; the limit is {MaxNameLength}. Use the name people know the {kind} by; put the rest in the file.");
        var content = a.Get("content", "content");
        if (!Directory.Exists(content)) throw new DirectoryNotFoundException($"Content folder '{content}' does not exist.");

        var slug = ContentLoader.MakeSlug(name);
        var relative = kind == "service" ? $"services/{slug}.yml" : $"guidance/{slug}.md";
        var path = Path.Combine(content, relative);
        if (File.Exists(path))
        {
            stderr.WriteLine($"error: {relative} already exists. Open it to edit it, or choose another name.");
            return CommandLine.BadUsage;
        }
        Directory.CreateDirectory(Path.GetDirectoryName(path)!);
        File.WriteAllText(path, kind == "service" ? ServiceTemplate(name) : GuidanceTemplate(name));
        stdout.WriteLine($"Created {Path.Combine(content, relative)}.");
        stdout.WriteLine("Fill in the fields, then run: dotnet run --project generator -- check");
        return CommandLine.Success;
    }

    private static string Quote(string text) => "\"" + text.Replace("\\", "\\\\").Replace("\"", "\\\"") + "\"";

    private static string ServiceTemplate(string name) => $$"""
        # yaml-language-server: $schema=../schema/service.schema.json
        # A new service. Fill in what you know for certain, from the service's own website.
        # Never guess a phone number, address or opening time: leave it empty instead.
        # Every field is explained in docs/content-model.md. Run 'check' when you are done.

        # The permanent id partners link to and the Open Referral feed uses. Never change or copy it.
        id: {{Guid.NewGuid():D}}
        # Old slugs of this record, if its file is ever renamed, so old links keep working: [old-slug].
        aliases: []
        # The service's name as people know it.
        name: {{Quote(name)}}
        # Who runs it: the organisation's name and web address.
        organization:
          name:
          url:
        # One or two plain sentences on what the service does (at most 300 characters).
        description:
        # Optional longer text in Markdown (paragraphs, lists, links), no HTML.
        details:
        # The needs it helps with: slugs from content/taxonomy.yml, e.g. [domestic-abuse].
        categories: []
        # Who it is for: audience slugs from content/taxonomy.yml, e.g. [women].
        audiences: []
        # Who can use it, in words.
        eligibility:
        # Where it works: city-of-london, london and/or national.
        service_areas: []
        # The service's main web page (https://...).
        url:
        # Numbers to call or text. Copy each exactly; quote it. type: voice, text or textphone.
        phones: []
        #  - number: "0808 000 0000"
        #    label: Helpline
        #    type: voice
        #    hours: Monday to Friday, 9am to 5pm
        #    free: true
        # Email addresses: - address: name@example.org
        emails: []
        # Online chat: - url: https://... with label and hours.
        chat: []
        # Places people can visit: - name, address_1, address_2, city, postal_code, access_notes.
        # A refuge or other secret address: - confidential: true and area: north London (nothing else).
        locations: []
        # true if it is open all day, every day.
        open_24_7:
        # Opening times, UK time: - byday: [MO, TU, WE, TH, FR], opens_at: "09:00", closes_at: "17:00"
        # (a closing time before the opening time runs past midnight; "00:00" to "00:00" is all day).
        regular_schedules: []
        # Anything about opening times the list cannot say (bank holidays; hours you could not confirm).
        schedule_notes:
        # Languages staff speak, as ISO 639-1 codes, e.g. [en, ur, pl]; not languages used only through an interpreter.
        languages: []
        # true if they arrange an interpreter, so people can use the service in any language.
        interpreters:
        # How people get in: self (true/false), professional (true/false), notes.
        referral:
          self:
          professional:
          notes:
        # What it costs, in words, and whether it is free.
        fees:
        free:
        # Support for deaf and disabled people: true/false for each, and notes.
        accessibility:
          bsl:
          relay_uk:
          step_free:
          notes:
        # Things a person at risk should know, e.g. whether calls show on bills.
        safety_notes:
        # Other words people might search with.
        keywords: []
        # The web page you checked these facts against.
        source:
        # The date you checked every fact, YYYY-MM-DD.
        last_reviewed:
        """;

    private static string GuidanceTemplate(string title) => $$"""
        ---
        # The page title (required).
        title: {{Quote(title)}}
        # One sentence for lists and search results.
        summary:
        # Who the page is for: audience slugs from content/taxonomy.yml.
        audience: []
        # Needs it is about: category slugs from content/taxonomy.yml.
        categories: []
        # Lower numbers are listed first.
        order: 100
        # Services that help: file names from content/services/ without .yml.
        related_services: []
        # Old slugs of this page, if its file is ever renamed, so old links keep working.
        aliases: []
        ---
        Write the page here in plain English: short sentences, everyday words, explain every term.

        ## A heading

        Link to a service like this: [service name](../services/SLUG/index.html).
        """;
}
