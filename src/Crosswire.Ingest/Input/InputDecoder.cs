using System.Text;
using System.Text.Unicode;
using Crosswire.Core.Errors;

namespace Crosswire.Ingest.Input;

/// <summary>
/// Turns the bytes of one input into text: byte order marks (UTF-8, UTF-16, UTF-32), BOM-less UTF-16 found by
/// its NUL pattern, a charset declared by HTML <c>&lt;meta&gt;</c> or the XML declaration, UTF-8 when the
/// bytes are valid UTF-8, else Windows-1252. Rejects empty (E002) and binary (E004) input.
/// </summary>
internal static class InputDecoder
{
    private const int SniffBytes = 4096;
    private const int ControlSampleChars = 64 * 1024;

    private static readonly Lazy<Encoding> s_windows1252 = new(() =>
    {
        Encoding.RegisterProvider(CodePagesEncodingProvider.Instance);
        return Encoding.GetEncoding(1252);
    });

    /// <summary>Windows-1252, the fallback for bytes that are not valid UTF-8.</summary>
    public static Encoding Windows1252 => s_windows1252.Value;

    /// <summary>Decodes <paramref name="bytes"/>; throws <see cref="CrosswireException"/> for empty or binary input.</summary>
    public static DecodedInput Decode(ReadOnlyMemory<byte> bytes, string name)
    {
        var span = bytes.Span;
        if (span.Length == 0)
        {
            throw new CrosswireException(ErrorCatalogue.Empty, name);
        }

        var fromBom = DecodeWithByteOrderMark(bytes);
        if (fromBom is not null)
        {
            return CheckText(fromBom, name);
        }

        var utf16 = DetectUtf16WithoutBom(span);
        if (utf16 is not null)
        {
            return CheckText(DecodedInput.FromText(utf16.GetString(span), utf16.WebName), name);
        }

        if (span.Contains((byte)0))
        {
            throw new CrosswireException(ErrorCatalogue.Binary, name, "contains NUL bytes");
        }

        var declared = DeclaredEncoding(span);
        if (declared is not null && declared.CodePage != Encoding.UTF8.CodePage)
        {
            return CheckText(DecodedInput.FromText(declared.GetString(span), declared.WebName), name);
        }

        if (Utf8.IsValid(span))
        {
            if (span.IndexOfAnyExcept(" \t\r\n\f"u8) < 0)
            {
                throw new CrosswireException(ErrorCatalogue.Empty, name);
            }

            CheckControlBytes(span, name);
            return DecodedInput.FromUtf8(bytes);
        }

        return CheckText(DecodedInput.FromText(Windows1252.GetString(span), "windows-1252"), name);
    }

    /// <summary>Checks text that did not come from bytes (e.g. <see cref="ArticleReader.ReadText"/>).</summary>
    public static DecodedInput FromString(string text, string name)
    {
        return CheckText(DecodedInput.FromText(text, "utf-16"), name);
    }

    private static DecodedInput? DecodeWithByteOrderMark(ReadOnlyMemory<byte> bytes)
    {
        var span = bytes.Span;
        if (span.StartsWith((ReadOnlySpan<byte>)[0xEF, 0xBB, 0xBF]))
        {
            var body = bytes[3..];
            return Utf8.IsValid(body.Span)
                ? DecodedInput.FromUtf8(body)
                : DecodedInput.FromText(Encoding.UTF8.GetString(body.Span), "utf-8");
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE, 0x00, 0x00]))
        {
            return DecodedInput.FromText(new UTF32Encoding(false, false).GetString(span[4..]), "utf-32le");
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0x00, 0x00, 0xFE, 0xFF]))
        {
            return DecodedInput.FromText(new UTF32Encoding(true, false).GetString(span[4..]), "utf-32be");
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFF, 0xFE]))
        {
            return DecodedInput.FromText(Encoding.Unicode.GetString(span[2..]), "utf-16le");
        }

        if (span.StartsWith((ReadOnlySpan<byte>)[0xFE, 0xFF]))
        {
            return DecodedInput.FromText(Encoding.BigEndianUnicode.GetString(span[2..]), "utf-16be");
        }

        return null;
    }

    /// <summary>BOM-less UTF-16: text in a Latin script puts a NUL in (nearly) every other byte, always on
    /// the same side of each code unit.</summary>
    private static Encoding? DetectUtf16WithoutBom(ReadOnlySpan<byte> span)
    {
        var sample = span[..(Math.Min(span.Length, SniffBytes) & ~1)];
        var pairs = sample.Length / 2;
        if (pairs < 2)
        {
            return null;
        }

        int evenNuls = 0, oddNuls = 0;
        for (var i = 0; i < sample.Length; i += 2)
        {
            if (sample[i] == 0)
            {
                evenNuls++;
            }

            if (sample[i + 1] == 0)
            {
                oddNuls++;
            }
        }

        // Thresholds: at least 40% of code units look like ASCII on one side, almost none on the other.
        if (oddNuls * 10 >= pairs * 4 && evenNuls * 50 <= pairs)
        {
            return Encoding.Unicode;
        }

        if (evenNuls * 10 >= pairs * 4 && oddNuls * 50 <= pairs)
        {
            return Encoding.BigEndianUnicode;
        }

        return null;
    }

    /// <summary>The encoding named by <c>&lt;meta charset&gt;</c>, <c>http-equiv</c> content or the XML
    /// declaration within the first bytes of markup, or null.</summary>
    private static Encoding? DeclaredEncoding(ReadOnlySpan<byte> span)
    {
        var head = span[..Math.Min(span.Length, 1024)];
        var start = 0;
        while (start < head.Length && head[start] is (byte)' ' or (byte)'\t' or (byte)'\r' or (byte)'\n')
        {
            start++;
        }

        if (start >= head.Length || head[start] != (byte)'<')
        {
            return null;
        }

        var label = FindLabel(head, "charset"u8) ?? FindLabel(head, "encoding"u8);
        return label is null ? null : EncodingFromLabel(label);
    }

    private static string? FindLabel(ReadOnlySpan<byte> head, ReadOnlySpan<byte> key)
    {
        for (var i = 0; i + key.Length < head.Length; i++)
        {
            if (!StartsWithIgnoreCase(head[i..], key))
            {
                continue;
            }

            var j = i + key.Length;
            while (j < head.Length && head[j] == (byte)' ')
            {
                j++;
            }

            if (j >= head.Length || head[j] != (byte)'=')
            {
                continue;
            }

            j++;
            while (j < head.Length && head[j] is (byte)' ' or (byte)'"' or (byte)'\'')
            {
                j++;
            }

            var end = j;
            while (end < head.Length && IsLabelByte(head[end]))
            {
                end++;
            }

            if (end > j)
            {
                return Encoding.ASCII.GetString(head[j..end]);
            }
        }

        return null;
    }

    private static bool IsLabelByte(byte b) =>
        b is (>= (byte)'a' and <= (byte)'z') or (>= (byte)'A' and <= (byte)'Z') or (>= (byte)'0' and <= (byte)'9')
            or (byte)'-' or (byte)'_' or (byte)'.' or (byte)':';

    private static bool StartsWithIgnoreCase(ReadOnlySpan<byte> span, ReadOnlySpan<byte> lowerKey)
    {
        if (span.Length < lowerKey.Length)
        {
            return false;
        }

        for (var i = 0; i < lowerKey.Length; i++)
        {
            if ((span[i] | 0x20) != lowerKey[i])
            {
                return false;
            }
        }

        return true;
    }

    private static Encoding? EncodingFromLabel(string label)
    {
        switch (label.ToLowerInvariant())
        {
            case "utf-8" or "utf8" or "unicode-1-1-utf-8":
                return Encoding.UTF8;
            // WHATWG Encoding: these labels all mean windows-1252 on the web.
            case "iso-8859-1" or "latin1" or "l1" or "us-ascii" or "ascii" or "windows-1252" or "cp1252" or "x-cp1252" or "iso8859-1":
                return Windows1252;
            // A UTF-16 label without a BOM is a mislabel (browsers ignore it too).
            case "utf-16" or "utf-16le" or "utf-16be" or "unicode":
                return null;
        }

        _ = Windows1252;
        try
        {
            return Encoding.GetEncoding(label);
        }
        catch (ArgumentException)
        {
            return null;
        }
    }

    private static void CheckControlBytes(ReadOnlySpan<byte> span, string name)
    {
        var sample = span[..Math.Min(span.Length, ControlSampleChars)];
        var controls = 0;
        foreach (var b in sample)
        {
            if (b < 0x20 && b is not ((byte)'\t' or (byte)'\n' or (byte)'\r' or 0x0C) || b == 0x7F)
            {
                controls++;
            }
        }

        ThrowIfManyControls(controls, sample.Length, name);
    }

    private static DecodedInput CheckText(DecodedInput input, string name)
    {
        var text = input.Text;
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new CrosswireException(ErrorCatalogue.Empty, name);
        }

        if (text.Contains('\0'))
        {
            throw new CrosswireException(ErrorCatalogue.Binary, name, "contains NUL characters");
        }

        var sample = text.AsSpan(0, Math.Min(text.Length, ControlSampleChars));
        var controls = 0;
        foreach (var c in sample)
        {
            if (char.IsControl(c) && c is not ('\t' or '\n' or '\r' or '\f'))
            {
                controls++;
            }
        }

        ThrowIfManyControls(controls, sample.Length, name);
        return input;
    }

    /// <summary>Text has next to no control characters; more than 2% of a sample (and at least 3) means binary.</summary>
    private static void ThrowIfManyControls(int controls, int sampleLength, string name)
    {
        if (controls >= 3 && controls * 50 > sampleLength)
        {
            throw new CrosswireException(ErrorCatalogue.Binary, name, $"{controls} control characters in the first {sampleLength} characters");
        }
    }
}
