using System.Buffers;
using System.Text;

namespace DirectoryPortal.Render;

/// Where a page renders to: UTF-8 bytes, with Windows line ends (a template saved on Windows) made "\n".
/// Rendering into bytes skips the page as a string and its UTF-8 copy: the printable directory of
/// 10,000 services is 13 MB, which as a string was 27 MB of builder, 27 MB of string and 13 MB of bytes.
public sealed class Utf8PageWriter(int capacity = 16 * 1024) : TextWriter
{
    private static readonly UTF8Encoding Utf8 = new(encoderShouldEmitUTF8Identifier: false);
    private readonly ArrayBufferWriter<byte> _bytes = new(Math.Max(capacity, 256));
    // Encoders keep a high surrogate that ends one write for the low one that starts the next.
    private readonly Encoder _encoder = Utf8.GetEncoder();
    // Razor writes many short strings; they are gathered here and encoded a block at a time. The block
    // is borrowed from the shared pool: 10,000 pages each allocating one would be 160 MB of garbage.
    private char[] _chars = ArrayPool<char>.Shared.Rent(4096);
    private int _used;
    private bool _pendingReturn;

    public override Encoding Encoding => Utf8;

    /// The finished page, as bytes; the writer takes no more text after this.
    public byte[] ToArray()
    {
        if (_pendingReturn) Buffer("\r");
        _pendingReturn = false;
        Encode(flush: true);
        ArrayPool<char>.Shared.Return(_chars);
        _chars = [];
        return _bytes.WrittenSpan.ToArray();
    }

    public override void Write(char value) => Write(new ReadOnlySpan<char>(in value));

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> chars)
    {
        if (chars.IsEmpty) return;
        if (_pendingReturn)
        {
            _pendingReturn = false;
            if (chars[0] != '\n') Buffer("\r");
        }
        while (true)
        {
            int cr = chars.IndexOf('\r');
            if (cr < 0)
            {
                Buffer(chars);
                return;
            }
            Buffer(chars[..cr]);
            if (cr == chars.Length - 1)
            {
                // Whether it is a Windows line end depends on the next write.
                _pendingReturn = true;
                return;
            }
            if (chars[cr + 1] != '\n') Buffer("\r");
            chars = chars[(cr + 1)..];
        }
    }

    public override Task WriteAsync(char value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(string? value)
    {
        Write(value);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(char[] buffer, int index, int count)
    {
        Write(buffer, index, count);
        return Task.CompletedTask;
    }

    public override Task WriteAsync(ReadOnlyMemory<char> buffer, CancellationToken cancellationToken = default)
    {
        Write(buffer.Span);
        return Task.CompletedTask;
    }

    public override Task FlushAsync() => Task.CompletedTask;

    private void Buffer(ReadOnlySpan<char> chars)
    {
        if (_chars.Length == 0) throw new InvalidOperationException("The page is finished: ToArray has been called.");
        while (chars.Length > _chars.Length - _used)
        {
            int room = _chars.Length - _used;
            chars[..room].CopyTo(_chars.AsSpan(_used));
            _used += room;
            chars = chars[room..];
            Encode(flush: false);
        }
        chars.CopyTo(_chars.AsSpan(_used));
        _used += chars.Length;
    }

    private void Encode(bool flush)
    {
        var chars = _chars.AsSpan(0, _used);
        // The exact size, not the worst case, so the buffer grows only as far as the page needs.
        var size = _encoder.GetByteCount(chars, flush);
        _encoder.Convert(chars, _bytes.GetSpan(size), flush, out _, out int written, out _);
        _bytes.Advance(written);
        _used = 0;
    }
}
