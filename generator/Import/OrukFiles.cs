using System.Text.Json;

namespace DirectoryPortal.Import;

/// Reads an ORUK feed saved as files: one /services page (its contents), one service, or a folder of
/// them (such as a copy of /services/{id} answers). Each service comes with where it was found.
public static class OrukFiles
{
    public static IReadOnlyList<(string Origin, JsonElement Service)> Read(string path)
    {
        var files = Directory.Exists(path)
            ? Directory.EnumerateFiles(path, "*.json").Order(StringComparer.Ordinal).ToList()
            : File.Exists(path) ? [path] : throw new FileNotFoundException($"'{path}' is neither a file nor a folder.");
        var services = new List<(string, JsonElement)>();
        foreach (var file in files)
        {
            JsonElement root;
            try
            {
                using var document = JsonDocument.Parse(File.ReadAllBytes(file), new JsonDocumentOptions { AllowTrailingCommas = true, CommentHandling = JsonCommentHandling.Skip });
                root = document.RootElement.Clone();
            }
            catch (JsonException ex)
            {
                throw new InvalidDataException($"{file}: not JSON ({ex.Message}).");
            }
            var name = Path.GetFileName(file);
            if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("contents", out var contents) && contents.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var item in contents.EnumerateArray()) services.Add(($"{name} contents[{i++}]", item));
            }
            else if (root.ValueKind == JsonValueKind.Object && root.TryGetProperty("id", out _))
                services.Add((name, root));
            else if (root.ValueKind == JsonValueKind.Array)
            {
                var i = 0;
                foreach (var item in root.EnumerateArray()) services.Add(($"{name}[{i++}]", item));
            }
            else throw new InvalidDataException($"{file}: neither a service nor a page of services (no 'id', no 'contents').");
        }
        return services;
    }
}
