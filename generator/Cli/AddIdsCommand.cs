using System.Text;
using System.Text.RegularExpressions;

namespace DirectoryPortal.Cli;

/// `add-ids`: gives every service record without an id a new one, as one inserted line. Nothing else in
/// the file changes: comments, order, quoting and line endings stay byte for byte as they were.
public static partial class AddIdsCommand
{
    public const string Help = """
        Usage: dotnet run --project generator -- add-ids [--content DIR]

        Gives every service record in content/services/ that has no 'id' a new permanent id
        (a UUID), written as one line 'id: ...' above the record's first field. Records that
        already have an id, and translations (name.pl.yml), are left exactly as they are. Run it once after adding records by
        hand or from an old copy; 'new service' writes an id itself.
        """;

    [GeneratedRegex(@"^id:[ \t]*(?<value>[^#\r\n]*?)[ \t]*(?:#[^\r\n]*)?(?=\r?$)", RegexOptions.Multiline)]
    private static partial Regex IdLine();

    public static int Run(string[] args, TextWriter stdout, TextWriter stderr, Func<Guid>? newId = null)
    {
        var a = Arguments.Parse(args, "content");
        if (a.Help) { stdout.WriteLine(Help); return CommandLine.Success; }
        if (a.Positional.Count > 0) throw new UsageException($"Unexpected argument '{a.Positional[0]}'.");
        var content = a.Get("content", "content");
        var dir = Path.Combine(content, "services");
        if (!Directory.Exists(dir)) throw new DirectoryNotFoundException($"Folder '{dir}' does not exist.");
        newId ??= Guid.NewGuid;
        var added = 0;
        // A translation (slug.pl.yml) belongs to its English record and shares its id, so it never gets one.
        foreach (var path in Directory.EnumerateFiles(dir)
                     .Where(p => Path.GetExtension(p) is ".yml" or ".yaml" && !Load.TranslationLoader.IsTranslationName(Path.GetFileName(p)))
                     .Order(StringComparer.Ordinal))
        {
            var bytes = File.ReadAllBytes(path);
            var bom = bytes.AsSpan().StartsWith(Encoding.UTF8.Preamble);
            var text = Encoding.UTF8.GetString(bytes.AsSpan(bom ? 3 : 0));
            var updated = WithId(text, newId().ToString("D"));
            if (updated is null) continue;
            var output = Encoding.UTF8.GetBytes(updated);
            File.WriteAllBytes(path, bom ? [.. Encoding.UTF8.Preamble, .. output] : output);
            stdout.WriteLine($"Added an id to services/{Path.GetFileName(path)}.");
            added++;
        }
        stdout.WriteLine(added == 0 ? "Every service record already has an id." : $"Added ids to {added} record(s). Run 'check' next.");
        return CommandLine.Success;
    }

    /// The record's text with "id: <paramref name="id"/>" added, or null if it already has an id.
    public static string? WithId(string text, string id)
    {
        var existing = IdLine().Match(text);
        if (existing.Success)
        {
            var value = existing.Groups["value"];
            if (value.Value is not ("" or "~" or "null" or "\"\"" or "''")) return null;
            // An empty 'id:' line is filled in where it stands.
            return text[..value.Index] + (value.Length == 0 && text[value.Index - 1] == ':' ? " " : "") + id + text[(value.Index + value.Length)..];
        }
        var newline = text.Contains("\r\n") ? "\r\n" : "\n";
        // Above the first field, after any comments at the top (the schema line, the editor's notes).
        var at = 0;
        while (at < text.Length)
        {
            var end = text.IndexOf('\n', at);
            var line = end < 0 ? text[at..] : text[at..end];
            var trimmed = line.TrimEnd('\r');
            if (trimmed.Length > 0 && trimmed[0] != '#' && trimmed[0] != ' ' && trimmed != "---") break;
            if (end < 0) { at = text.Length; break; }
            at = end + 1;
        }
        var prefix = text[..at];
        if (prefix.Length > 0 && !prefix.EndsWith('\n')) prefix += newline;
        return prefix + "id: " + id + newline + text[at..];
    }
}
