using DirectoryPortal.Model;
using DirectoryPortal.Pipeline;

namespace DirectoryPortal.Cli;

/// The `directoryportal` command line: build, check. Exit codes: 0 success, 1 content errors, 2 bad usage.
public static class CommandLine
{
    public const int Success = 0;
    public const int ContentErrors = 1;
    public const int BadUsage = 2;

    private const string MainHelp = """
        DirectoryPortal: builds the directory website from content/ and a theme.

        Usage:
          dotnet run --project generator -- <command> [options]

        Commands:
          build    Check the content and build the site.
          check    Check the content only; write nothing.
          serve    Build, serve on this computer and rebuild on every save.
          new      Create a new service or guidance page: new service "Name".
          add-ids  Give every service record without a permanent id a new one (nothing else changes).
          import   Turn an Open Referral UK 3.0 feed saved as files into service records: import oruk PATH.
          schema   Print the JSON Schema for service records (content/schema/service.schema.json).
          translate  For translators: what is translated (translate status) and marking a translation
                   as up to date with the English (translate stamp FILE).
          server-config  Write the web server configurations in deploy/ (docs/publishing.md).

        Run 'dotnet run --project generator -- <command> --help' for a command's options.
        Exit codes: 0 success, 1 content errors, 2 wrong use of the command line.
        """;

    private const string BuildHelp = """
        Usage: dotnet run --project generator -- build [--content DIR] [--theme DIR] [--out DIR]

        Checks the content, then writes the site. If anything is wrong, nothing is written
        and the previous site is left exactly as it was. The output folder must be new, empty
        or made by an earlier build; files in it that the generator did not write are kept.

          --content DIR   content folder (default: content)
          --theme DIR     theme folder (default: themes/default)
          --out DIR       output folder (default: public)
          --timings true  also print how long each stage took
          --precompress true  also write a .gz and a .br copy of each page, style
                          sheet and script, for servers that send them as they are
                          (the nginx configuration in deploy/ does)
        """;

    private const string CheckHelp = """
        Usage: dotnet run --project generator -- check [--content DIR] [--theme DIR] [--format text|json]

        Checks every file and reports every problem with its file, line, column and field,
        and how to fix it. Writes nothing.

          --content DIR        content folder (default: content)
          --theme DIR          theme folder, for its words in each language (default: themes/default)
          --format text|json   text for people (default), json for tools
        """;

    public static int Run(string[] args, TextWriter? stdout = null, TextWriter? stderr = null)
    {
        var outWriter = stdout ?? Console.Out;
        var errWriter = stderr ?? Console.Error;
        try
        {
            if (args.Length == 0 || args[0] is "--help" or "-h" or "help")
            {
                outWriter.WriteLine(MainHelp);
                return args.Length == 0 ? BadUsage : Success;
            }
            var rest = args[1..];
            return args[0] switch
            {
                "build" => RunBuild(rest, outWriter, errWriter),
                "check" => RunCheck(rest, outWriter, errWriter),
                "schema" => RunSchema(rest, outWriter),
                "new" => NewCommand.Run(rest, outWriter, errWriter),
                "add-ids" => AddIdsCommand.Run(rest, outWriter, errWriter),
                "import" => ImportCommand.Run(rest, outWriter, errWriter),
                "serve" => RunServe(rest, outWriter),
                "translate" => TranslateCommand.Run(rest, outWriter, errWriter),
                "server-config" => RunServerConfig(rest, outWriter),
                _ => throw new UsageException($"Unknown command '{args[0]}'. Commands: build, check, new, add-ids, import, serve, schema, translate, server-config."),
            };
        }
        catch (UsageException ex)
        {
            errWriter.WriteLine($"error: {ex.Message}");
            errWriter.WriteLine("Run with --help to see how to use it.");
            return BadUsage;
        }
        catch (DirectoryNotFoundException ex)
        {
            errWriter.WriteLine($"error: {ex.Message}");
            return BadUsage;
        }
    }

    private static int RunBuild(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = Arguments.Parse(args, "content", "theme", "out", "timings", "precompress");
        if (a.Help) { stdout.WriteLine(BuildHelp); return Success; }
        if (a.Positional.Count > 0) throw new UsageException($"Unexpected argument '{a.Positional[0]}'.");
        var precompress = a.Get("precompress", "false") switch
        {
            "true" or "yes" => true,
            "false" or "no" => false,
            var other => throw new UsageException($"--precompress must be true or false, not '{other}'."),
        };
        var options = new BuildOptions(a.Get("content", "content"), a.Get("theme", Path.Combine("themes", "default")), a.Get("out", "public"))
        {
            Precompress = precompress,
        };
        var unchanged = $"Nothing was written; the previous site in '{options.OutputDirectory}' is unchanged.";
        BuildResult result;
        SiteBuilder builder;
        try
        {
            // Refused before the build starts, so a mistyped --out costs nothing.
            Write.OutputGuard.Check(options.OutputDirectory, options.ContentDirectory, options.ThemeDirectory);
            builder = new SiteBuilder(options);
            result = builder.BuildAsync().GetAwaiter().GetResult();
        }
        catch (Write.UnsafeOutputFolderException ex)
        {
            stderr.WriteLine($"error: {ex.Message}");
            stderr.WriteLine("Nothing was built or written.");
            return BadUsage;
        }
        catch (Write.PublishException ex)
        {
            stderr.WriteLine($"error: the site could not be written: {ex.Message}.");
            stderr.WriteLine($"Build failed. {unchanged}");
            return ContentErrors;
        }
        catch (Exception ex) when (ex is not UsageException and not DirectoryNotFoundException)
        {
            // A theme or template fault: the content may be fine, but no page was written.
            stderr.WriteLine($"error: the site could not be rendered: {Describe(ex)}");
            stderr.WriteLine($"Build failed. {unchanged}");
            return ContentErrors;
        }
        ProblemPrinter.PrintText(stderr, result.Problems, ProblemPrinter.UseColour(Console.IsErrorRedirected));
        if (!result.Succeeded)
        {
            stderr.WriteLine($"Build failed: {result.Errors} error(s), {result.Warnings} warning(s). {unchanged}");
            return ContentErrors;
        }
        foreach (var warning in result.WriteWarnings) stderr.WriteLine($"warning: {warning}");
        if (a.Get("timings") is "true" or "yes")
        {
            foreach (var (stage, time) in result.Stages) stdout.WriteLine($"  {stage,-22} {time.TotalMilliseconds,8:0} ms");
            stdout.WriteLine($"  templates: {builder.Templates.Hits} from the cache, {builder.Templates.Compiled} compiled");
        }
        stdout.WriteLine($"Built {result.PagesWritten} pages ({result.Services} services, {result.Guidance} guidance pages) into '{options.OutputDirectory}' in {result.Elapsed.TotalSeconds:0.0} s; {result.Warnings} warning(s).");
        return Success;
    }

    // Parallel work wraps its failures in an AggregateException whose own message says nothing.
    private static string Describe(Exception ex) => ex is AggregateException aggregate
        ? string.Join("; ", aggregate.Flatten().InnerExceptions.Select(e => e.Message).Distinct())
        : ex.Message;

    private const string ServeHelp = """
        Usage: dotnet run --project generator -- serve [--content DIR] [--theme DIR] [--port N]

        Builds the site in memory and serves it at http://127.0.0.1:N/ (this computer only).
        Every time you save a file in the content or theme folder the site is rebuilt and open
        pages reload by themselves. If an edit has errors, they are shown in the terminal and on
        the page, and the last good version stays up. Press Ctrl+C to stop.

          --content DIR   content folder (default: content)
          --theme DIR     theme folder (default: themes/default)
          --port N        port (default: 8080; 0 picks a free one)
        """;

    private static int RunServe(string[] args, TextWriter stdout)
    {
        var a = Arguments.Parse(args, "content", "theme", "port");
        if (a.Help) { stdout.WriteLine(ServeHelp); return Success; }
        if (!int.TryParse(a.Get("port", "8080"), out var port) || port is < 0 or > 65535)
            throw new UsageException("--port must be a number from 0 to 65535.");
        var options = new BuildOptions(a.Get("content", "content"), a.Get("theme", Path.Combine("themes", "default")), "unused");
        var server = new Serve.DevServer(options, port, stdout);
        server.StartAsync().GetAwaiter().GetResult();
        var stopped = new ManualResetEventSlim();
        Console.CancelKeyPress += (_, e) => { e.Cancel = true; stopped.Set(); };
        stopped.Wait();
        server.DisposeAsync().AsTask().GetAwaiter().GetResult();
        return Success;
    }

    private const string ServerConfigHelp = """
        Usage: dotnet run --project generator -- server-config [--out DIR]

        Writes the configurations for nginx, Apache, IIS and static hosts (Netlify, Cloudflare Pages)
        from the generator's one list of security headers and caching rules, which the pages' own
        policy also comes from. Only those files are written; the READMEs beside them are left alone.

          --out DIR   folder to write into (default: deploy)
        """;

    private static int RunServerConfig(string[] args, TextWriter stdout)
    {
        var a = Arguments.Parse(args, "out");
        if (a.Help) { stdout.WriteLine(ServerConfigHelp); return Success; }
        if (a.Positional.Count > 0) throw new UsageException($"Unexpected argument '{a.Positional[0]}'.");
        var folder = a.Get("out", "deploy");
        foreach (var config in Deploy.ServerConfig.All)
        {
            var path = Path.Combine(folder, config.Path);
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllText(path, config.Text, new System.Text.UTF8Encoding(false));
            stdout.WriteLine($"Wrote {path}");
        }
        return Success;
    }

    private static int RunSchema(string[] args, TextWriter stdout)
    {
        var a = Arguments.Parse(args);
        if (a.Help) { stdout.WriteLine("Usage: dotnet run --project generator -- schema > content/schema/service.schema.json\n\nPrints the JSON Schema for service records, made from the generator's own model."); return Success; }
        stdout.Write(Load.SchemaGenerator.ServiceSchema());
        return Success;
    }

    private static int RunCheck(string[] args, TextWriter stdout, TextWriter stderr)
    {
        var a = Arguments.Parse(args, "content", "theme", "format");
        if (a.Help) { stdout.WriteLine(CheckHelp); return Success; }
        if (a.Positional.Count > 0) throw new UsageException($"Unexpected argument '{a.Positional[0]}'.");
        var format = a.Get("format", "text");
        if (format is not ("text" or "json")) throw new UsageException($"--format must be text or json, not '{format}'.");
        var (content, problems) = SiteBuilder.Check(a.Get("content", "content"), DateOnly.FromDateTime(DateTime.UtcNow),
            themeDirectory: a.Get("theme", Path.Combine("themes", "default")));
        var sorted = problems.Sorted();
        if (format == "json")
        {
            ProblemPrinter.PrintJson(stdout, sorted);
        }
        else
        {
            ProblemPrinter.PrintText(stdout, sorted, ProblemPrinter.UseColour(Console.IsOutputRedirected));
            var errors = sorted.Count(p => p.Severity == Severity.Error);
            stdout.WriteLine($"Checked {content.Services.Count} services and {content.Guidance.Count} guidance pages: {errors} error(s), {sorted.Count - errors} warning(s).");
        }
        return problems.HasErrors ? ContentErrors : Success;
    }
}
