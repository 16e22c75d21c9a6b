using System.Buffers;
using System.Text.Json;

namespace DirectoryPortal.Index;

// Appends to a UTF-8 byte buffer. The search index is megabytes at 10,000 services; written as bytes
// it is one buffer, where a string took a StringBuilder, its ToString and then the UTF-8 copy.
internal static class Utf8Output
{
    public static ArrayBufferWriter<byte> Append(this ArrayBufferWriter<byte> output, ReadOnlySpan<byte> bytes)
    {
        output.Write(bytes);
        return output;
    }

    /// <summary>As JsonSerializer.Serialize(value, options) gives it, without the string.</summary>
    public static ArrayBufferWriter<byte> AppendJson<T>(this ArrayBufferWriter<byte> output, T value, JsonSerializerOptions? options = null)
    {
        using var writer = new Utf8JsonWriter(output, new JsonWriterOptions { Encoder = options?.Encoder, SkipValidation = true });
        JsonSerializer.Serialize(writer, value, options);
        return output;
    }
}
