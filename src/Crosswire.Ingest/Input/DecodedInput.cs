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
    private string? _head;

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

    /// <summary>The first 64 Ki characters (or so) of the text, for format detection.</summary>
    public string Head
    {
        get
        {
            if (_head is not null)
            {
                return _head;
            }

            if (_text is not null)
            {
                _head = _text.Length <= HeadChars ? _text : _text[..HeadChars];
            }
            else
            {
                var bytes = _utf8!.Value.Span;
                // A cut inside a multi-byte character only costs one replacement character at the end.
                _head = Encoding.UTF8.GetString(bytes[..Math.Min(bytes.Length, HeadChars)]);
            }

            return _head;
        }
    }

    /// <summary>Input whose bytes are valid UTF-8 (byte order mark already removed).</summary>
    public static DecodedInput FromUtf8(ReadOnlyMemory<byte> utf8) => new(utf8, null, "utf-8");

    /// <summary>Input already decoded.</summary>
    public static DecodedInput FromText(string text, string encodingName) => new(null, text, encodingName);
}
