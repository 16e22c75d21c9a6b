namespace DirectoryPortal.Cli;

/// Parsed "--name value" options after the command word; unknown options are a usage error.
public sealed class Arguments
{
    private readonly Dictionary<string, string> _values = new(StringComparer.Ordinal);
    public List<string> Positional { get; } = new();
    public bool Help { get; private set; }

    /// Parses <paramref name="args"/>, allowing only <paramref name="allowed"/> options; throws UsageException otherwise.
    public static Arguments Parse(IReadOnlyList<string> args, params string[] allowed) => Parse(args, allowed, []);

    /// As Parse, also allowing <paramref name="flags"/>: options that take no value ("--force").
    public static Arguments Parse(IReadOnlyList<string> args, string[] allowed, string[] flags)
    {
        var result = new Arguments();
        for (var i = 0; i < args.Count; i++)
        {
            var arg = args[i];
            if (arg is "--help" or "-h" or "-?") { result.Help = true; continue; }
            if (!arg.StartsWith("--", StringComparison.Ordinal)) { result.Positional.Add(arg); continue; }
            var name = arg[2..];
            string? value = null;
            var eq = name.IndexOf('=');
            if (eq >= 0) { value = name[(eq + 1)..]; name = name[..eq]; }
            if (flags.Contains(name) && value is null)
            {
                result._flags.Add(name);
                continue;
            }
            if (!allowed.Contains(name))
                throw new UsageException($"Unknown option '--{name}'." + (allowed.Length + flags.Length > 0 ? $" Options: {string.Join(", ", allowed.Concat(flags).Select(a => "--" + a))}." : ""));
            if (value is null)
            {
                if (i + 1 >= args.Count || args[i + 1].StartsWith("--", StringComparison.Ordinal))
                    throw new UsageException($"Option '--{name}' needs a value.");
                value = args[++i];
            }
            result._values[name] = value;
        }
        return result;
    }

    public string Get(string name, string fallback) => _values.TryGetValue(name, out var v) ? v : fallback;
    public string? Get(string name) => _values.GetValueOrDefault(name);
    /// Whether a flag was given.
    public bool Has(string flag) => _flags.Contains(flag);
    private readonly HashSet<string> _flags = new(StringComparer.Ordinal);
}

/// The command line was used wrongly; exit code 2.
public sealed class UsageException(string message) : Exception(message);
