using System.Buffers;
using System.Globalization;
using System.Text;

namespace RouteApi.Formats.Yaml;

/// <summary>
/// A <see cref="TextWriter"/> that encodes UTF-8 (no BOM) into an <see cref="IBufferWriter{T}"/>,
/// so YamlDotNet's emitter can write straight to a response or cache buffer. Characters are
/// gathered in a small buffer and encoded in chunks; <see cref="Flush"/> (or disposing) writes the rest.
/// </summary>
internal sealed class Utf8BufferTextWriter : TextWriter
{
    private readonly IBufferWriter<byte> _output;
    private readonly Encoder _encoder = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false).GetEncoder();
    private readonly char[] _chars = new char[2048];
    private int _count;

    public Utf8BufferTextWriter(IBufferWriter<byte> output)
        : base(CultureInfo.InvariantCulture)
    {
        _output = output;
        NewLine = "\n";
    }

    public override Encoding Encoding => Encoding.UTF8;

    public override void Write(char value)
    {
        if (_count == _chars.Length)
        {
            Encode(flush: false);
        }

        _chars[_count++] = value;
    }

    public override void Write(string? value) => Write(value.AsSpan());

    public override void Write(char[] buffer, int index, int count) => Write(buffer.AsSpan(index, count));

    public override void Write(ReadOnlySpan<char> buffer)
    {
        while (!buffer.IsEmpty)
        {
            if (_count == _chars.Length)
            {
                Encode(flush: false);
            }

            var take = Math.Min(buffer.Length, _chars.Length - _count);
            buffer[..take].CopyTo(_chars.AsSpan(_count));
            _count += take;
            buffer = buffer[take..];
        }
    }

    public override void Flush() => Encode(flush: true);

    protected override void Dispose(bool disposing)
    {
        if (disposing)
        {
            Encode(flush: true);
        }

        base.Dispose(disposing);
    }

    private void Encode(bool flush)
    {
        ReadOnlySpan<char> chars = _chars.AsSpan(0, _count);
        bool completed;
        do
        {
            var bytes = _output.GetSpan(Math.Max(16, _encoder.GetByteCount(chars, flush)));
            _encoder.Convert(chars, bytes, flush, out var charsUsed, out var bytesUsed, out completed);
            _output.Advance(bytesUsed);
            chars = chars[charsUsed..];
        }
        while (!chars.IsEmpty || !completed);

        _count = 0;
    }
}
