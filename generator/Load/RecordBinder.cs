using System.Collections;
using System.Globalization;
using System.Reflection;
using DirectoryPortal.Model;

namespace DirectoryPortal.Load;

/// Turns a YAML node tree into model objects, reporting every unknown, missing or mistyped field.
/// Driven by the model's properties so the content model has one definition: the C# classes.
public sealed class RecordBinder
{
    private readonly string _file;
    private readonly ProblemList _problems;
    private readonly Record _root;
    private readonly int _lineOffset;

    /// <paramref name="lineOffset"/> moves lines of YAML that sits part-way into a file (front matter).
    public RecordBinder(string file, ProblemList problems, Record root, int lineOffset = 0)
    {
        _file = file;
        _problems = problems;
        _root = root;
        _lineOffset = lineOffset;
    }

    /// Fills <paramref name="target"/> (the root record or a nested object) from a mapping node.
    public void BindObject(YamlValue node, object target, string path)
    {
        if (node is not YamlMap map)
        {
            Error(node, path, "should be a set of 'key: value' fields.", "Put each field on its own line as 'name: value', indented under its parent.");
            return;
        }
        Remember(path, node);
        var fields = FieldsOf(target.GetType());
        var seen = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (keyNode, valueNode) in map.Pairs)
        {
            var key = (keyNode as YamlScalar)?.Value ?? "";
            var childPath = Join(path, key);
            if (!fields.TryGetValue(key, out var property))
            {
                var suggestion = Suggest.Closest(key, fields.Keys);
                Error(keyNode, Excerpt.Of(childPath), $"'{Excerpt.Of(key)}' is not a field here.",
                    suggestion is null
                        ? $"Remove it, or use one of: {string.Join(", ", fields.Keys.Order(StringComparer.Ordinal))}."
                        : $"Did you mean '{suggestion}'? Field names are lower case with underscores.");
                continue;
            }
            if (!seen.Add(key))
            {
                Error(keyNode, childPath, $"'{key}' appears twice.", "Keep one and delete the other.");
                continue;
            }
            Remember(childPath, keyNode);
            if (IsNull(valueNode))
            {
                if (IsRequired(property))
                    Error(keyNode, childPath, "is empty but required.", $"Give '{key}' a value.");
                continue;
            }
            var value = Convert(valueNode, property.PropertyType, childPath);
            if (value is not null) property.SetValue(target, value);
            // A value of the wrong kind has been reported; without its position no later check (an empty
            // list, say) reports the same field again.
            else _root.Positions.Remove(childPath);
        }
        foreach (var (name, property) in fields)
        {
            if (!IsRequired(property) || seen.Contains(name)) continue;
            Error(node, Join(path, name), "is missing but required.", $"Add a line '{name}: ...' (see docs/content-model.md).");
        }
    }

    private object? Convert(YamlValue node, Type type, string path)
    {
        var underlying = Nullable.GetUnderlyingType(type) ?? type;
        if (underlying == typeof(string)) return Scalar(node, path, "text", s => s);
        if (underlying == typeof(bool))
            return Scalar<object>(node, path, "true or false", s => s switch { "true" => true, "false" => false, _ => null });
        if (underlying == typeof(int))
            return Scalar<object>(node, path, "a whole number", s => int.TryParse(s, NumberStyles.Integer, CultureInfo.InvariantCulture, out var i) ? i : null);
        if (underlying == typeof(DateOnly))
            return Scalar<object>(node, path, "a date written YYYY-MM-DD",
                s => DateOnly.TryParseExact(s, "yyyy-MM-dd", CultureInfo.InvariantCulture, DateTimeStyles.None, out var d) ? d : null);
        if (underlying.IsGenericType && underlying.GetGenericTypeDefinition() == typeof(List<>))
            return ConvertList(node, underlying, path);
        if (underlying.IsClass)
        {
            var obj = Activator.CreateInstance(underlying)!;
            BindObject(node, obj, path);
            return obj;
        }
        throw new NotSupportedException($"Model type {underlying} has no YAML mapping.");
    }

    private object? ConvertList(YamlValue node, Type listType, string path)
    {
        if (node is not YamlList seq)
        {
            Error(node, path, "should be a list.", "Write a list as '[a, b]' or as lines starting with '- ' under the field.");
            return null;
        }
        var itemType = listType.GetGenericArguments()[0];
        var list = (IList)Activator.CreateInstance(listType)!;
        for (var i = 0; i < seq.Items.Count; i++)
        {
            var item = seq.Items[i];
            var itemPath = $"{path}[{i}]";
            Remember(itemPath, item);
            if (IsNull(item))
            {
                Error(item, itemPath, "is an empty list item.", "Remove the empty '- ' line.");
                continue;
            }
            var value = Convert(item, itemType, itemPath);
            if (value is not null) list.Add(value);
        }
        return list;
    }

    private T? Scalar<T>(YamlValue node, string path, string expected, Func<string, T?> parse) where T : class
    {
        if (node is not YamlScalar scalar)
        {
            Error(node, path, $"should be {expected}, not a list or a set of fields.", $"Write a single value: {expected}.");
            return null;
        }
        Remember(path, node);
        var value = parse(scalar.Value);
        if (value is null)
            Error(node, path, $"'{Excerpt.Of(scalar.Value)}' is not {expected}.", $"Write {expected}.");
        return value;
    }

    private static bool IsNull(YamlValue node) =>
        node is YamlScalar { Plain: true, Value: "" or "~" or "null" };

    private void Remember(string path, YamlValue node) =>
        _root.Positions.TryAdd(SharedPaths.GetOrAdd(path, path), new Position(node.Line + _lineOffset, node.Column));

    // Every record has the same few dozen field paths ("phones[0].number"); each record keeping its own
    // copies made them most of what a loaded directory holds on to.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> SharedPaths = new(StringComparer.Ordinal);

    private void Error(YamlValue node, string path, string message, string fix) =>
        _problems.Error(_file, node.Line + _lineOffset, node.Column, path, message, fix);

    private static string Join(string path, string key) => path.Length == 0 ? key : $"{path}.{key}";

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<PropertyInfo, bool> Required = new();

    // Attribute lookups allocate each time; thousands of records ask the same question.
    private static bool IsRequired(PropertyInfo property) =>
        Required.GetOrAdd(property, p => p.GetCustomAttribute<RequiredAttribute>() is not null);

    // Read by every thread loading files in parallel, so lock-free.
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<Type, Dictionary<string, PropertyInfo>> Cache = new();

    /// The YAML name of every bindable property: [Field] if given, else the name in snake_case.
    public static Dictionary<string, PropertyInfo> FieldsOf(Type type)
    {
        return Cache.GetOrAdd(type, t => t.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.CanWrite && p.GetCustomAttribute<NotInFileAttribute>() is null)
            .ToDictionary(p => p.GetCustomAttribute<FieldAttribute>()?.Name ?? SnakeCase(p.Name), p => p, StringComparer.Ordinal));
    }

    public static string SnakeCase(string name)
    {
        var sb = new System.Text.StringBuilder();
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (char.IsUpper(c) && i > 0) sb.Append('_');
            sb.Append(char.ToLowerInvariant(c));
        }
        return sb.ToString();
    }
}
