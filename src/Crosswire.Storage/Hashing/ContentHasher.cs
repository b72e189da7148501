using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Crosswire.Storage.Hashing;

/// <summary>
/// Computes the <see cref="ContentHash"/> of an article's text: SHA-256 of its UTF-8 bytes after case folding
/// (invariant lower case) and collapsing every run of white space to one space, with no white space at either
/// end. A reprint whose only differences are letter case, line breaks or spacing is the same article; any
/// other difference (one word, one punctuation mark) is a different article, which the story clusterer may
/// still link as a near duplicate.
/// </summary>
public static class ContentHasher
{
    private const int BufferChars = 4096;

    /// <summary>The hash of <paramref name="text"/>.</summary>
    public static ContentHash Hash(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        using var hash = IncrementalHash.CreateHash(HashAlgorithmName.SHA256);
        var chars = ArrayPool<char>.Shared.Rent(BufferChars);
        var bytes = ArrayPool<byte>.Shared.Rent(Encoding.UTF8.GetMaxByteCount(BufferChars + 1));
        try
        {
            var filled = 0;
            var pendingSpace = false;
            var started = false;
            var encoder = Encoding.UTF8.GetEncoder();
            foreach (var rune in text.EnumerateRunes())
            {
                if (Rune.IsWhiteSpace(rune))
                {
                    pendingSpace = started;
                    continue;
                }

                if (filled > BufferChars - 3)
                {
                    Flush(hash, encoder, chars, filled, bytes, final: false);
                    filled = 0;
                }

                if (pendingSpace)
                {
                    chars[filled++] = ' ';
                    pendingSpace = false;
                }

                filled += Rune.ToLowerInvariant(rune).EncodeToUtf16(chars.AsSpan(filled));
                started = true;
            }

            Flush(hash, encoder, chars, filled, bytes, final: true);
            Span<byte> digest = stackalloc byte[ContentHash.Size];
            hash.GetHashAndReset(digest);
            return ContentHash.FromBytes(digest);
        }
        finally
        {
            ArrayPool<char>.Shared.Return(chars);
            ArrayPool<byte>.Shared.Return(bytes);
        }
    }

    private static void Flush(IncrementalHash hash, Encoder encoder, char[] chars, int count, byte[] bytes, bool final)
    {
        var written = encoder.GetBytes(chars, 0, count, bytes, 0, final);
        hash.AppendData(bytes, 0, written);
    }
}
