using System.Buffers;
using System.Text;

namespace Crosswire.Ingest.Input;

/// <summary>
/// One input decoded to text. Input that arrived as valid UTF-8 keeps its bytes, so the JSON readers can
/// parse them without a round trip through <see cref="string"/>; the string is made on first use.
/// </summary>
internal sealed class DecodedInput
{
    private const int HeadChars = 64 * 1024;
    private ReadOnlyMemory<byte>? _utf8;
    private string? _text;
    private byte[]? _rented;

    private DecodedInput(ReadOnlyMemory<byte>? utf8, string? text, string encodingName)
    {
        _utf8 = utf8;
        _text = text;
        EncodingName = encodingName;
    }

    /// <summary>Name of the encoding the text was decoded from (for diagnostics).</summary>
    public string EncodingName { get; }

    /// <summary>The whole text.</summary>
    public string Text => _text ??= Encoding.UTF8.GetString(_utf8!.Value.Span);

    /// <summary>The text as UTF-8 bytes without a byte order mark.</summary>
    public ReadOnlyMemory<byte> Utf8 => _utf8 ??= Encoding.UTF8.GetBytes(_text!);

    /// <summary>The first 64 Ki characters (or so) of the text, for format detection. Text decoded from
    /// UTF-8 bytes is decoded into <paramref name="rented"/>, an array of <see cref="ArrayPool{T}.Shared"/>
    /// that the caller returns (a whole-string head would land on the large object heap on every input).</summary>
    public ReadOnlySpan<char> Head(out char[]? rented)
    {
        if (_text is not null)
        {
            rented = null;
            return _text.AsSpan(0, Math.Min(_text.Length, HeadChars));
        }

        var bytes = _utf8!.Value.Span;
        // A cut inside a multi-byte character only costs one replacement character at the end.
        bytes = bytes[..Math.Min(bytes.Length, HeadChars)];
        rented = ArrayPool<char>.Shared.Rent(Encoding.UTF8.GetMaxCharCount(bytes.Length));
        return rented.AsSpan(0, Encoding.UTF8.GetChars(bytes, rented));
    }

    /// <summary>Input whose bytes are valid UTF-8 (byte order mark already removed).</summary>
    public static DecodedInput FromUtf8(ReadOnlyMemory<byte> utf8) => new(utf8, null, "utf-8");

    /// <summary>Makes <paramref name="rented"/>, the <see cref="ArrayPool{T}.Shared"/> array holding the bytes,
    /// go back to the pool on <see cref="Release"/> when this input still reads them, or at once otherwise.</summary>
    public DecodedInput Owning(byte[]? rented)
    {
        if (rented is null)
        {
            return this;
        }

        if (_utf8 is not null)
        {
            _rented = rented;
        }
        else
        {
            ArrayPool<byte>.Shared.Return(rented);
        }

        return this;
    }

    /// <summary>Returns the pooled bytes, if any; the input must not be read afterwards.</summary>
    public void Release()
    {
        if (_rented is not null)
        {
            ArrayPool<byte>.Shared.Return(_rented);
            _rented = null;
            _utf8 = null;
        }
    }

    /// <summary>Input already decoded.</summary>
    public static DecodedInput FromText(string text, string encodingName) => new(null, text, encodingName);
}
