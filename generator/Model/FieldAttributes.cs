namespace DirectoryPortal.Model;

/// Names the YAML key for a property when it is not simply the property name in snake_case.
[AttributeUsage(AttributeTargets.Property)]
public sealed class FieldAttribute(string name) : Attribute
{
    public string Name { get; } = name;
}

/// Marks a field that every record must have.
[AttributeUsage(AttributeTargets.Property)]
public sealed class RequiredAttribute : Attribute;

/// Marks a property that is computed by the generator, never read from YAML.
[AttributeUsage(AttributeTargets.Property)]
public sealed class NotInFileAttribute : Attribute;

/// Lists the only values a text field (or each item of a list) may take; used for the JSON Schema.
[AttributeUsage(AttributeTargets.Property)]
public sealed class AllowedAttribute(params string[] values) : Attribute
{
    public IReadOnlyList<string> Values { get; } = values;
}
