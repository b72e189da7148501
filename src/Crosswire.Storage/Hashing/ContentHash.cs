using System.Security.Cryptography;

namespace Crosswire.Storage.Hashing;

/// <summary>
/// The key of an article's content: SHA-256 of its normalised text (see <see cref="ContentHasher"/>). Two
/// articles with the same key are the same article, whatever their ids, outlets or titles.
/// </summary>
public readonly record struct ContentHash
{
    /// <summary>Number of bytes of the hash.</summary>
    public const int Size = SHA256.HashSizeInBytes;

    private ContentHash(string hex)
    {
        Hex = hex;
    }

    /// <summary>The hash as 64 lower-case hexadecimal digits.</summary>
    public string Hex { get; }

    /// <summary>The hash from its <see cref="Size"/> bytes.</summary>
    public static ContentHash FromBytes(ReadOnlySpan<byte> bytes)
    {
        if (bytes.Length != Size)
        {
            throw new ArgumentException($"a content hash has {Size} bytes, not {bytes.Length}", nameof(bytes));
        }

        return new ContentHash(Convert.ToHexStringLower(bytes));
    }

    /// <summary>The hash from its 64 hexadecimal digits.</summary>
    public static ContentHash FromHex(string hex)
    {
        ArgumentNullException.ThrowIfNull(hex);
        return FromBytes(Convert.FromHexString(hex));
    }

    /// <summary>The <see cref="Size"/> bytes of the hash.</summary>
    public byte[] ToBytes() => Convert.FromHexString(Hex);

    /// <summary>The hexadecimal digits.</summary>
    public override string ToString() => Hex;
}
