using System.Buffers;
using System.Security.Cryptography;
using System.Text;

namespace Crosswire.Clustering;

/// <summary>Hashes an article's text reduced to its lower-case words (letters and digits), one space
/// between words, so copies that differ only in case, punctuation, markup spacing or line breaks hash alike.</summary>
internal static class ContentHasher
{
    private const int HashBytes = 16;

    public static string Hash(string text)
    {
        var buffer = ArrayPool<char>.Shared.Rent(text.Length + 1);
        try
        {
            var length = 0;
            var inWord = false;
            foreach (var c in text)
            {
                if (char.IsLetterOrDigit(c))
                {
                    if (!inWord && length > 0)
                    {
                        buffer[length++] = ' ';
                    }

                    buffer[length++] = char.ToLowerInvariant(c);
                    inWord = true;
                }
                else
                {
                    inWord = false;
                }
            }

            var bytes = Encoding.UTF8.GetBytes(buffer, 0, length);
            return Convert.ToHexStringLower(SHA256.HashData(bytes).AsSpan(0, HashBytes));
        }
        finally
        {
            ArrayPool<char>.Shared.Return(buffer);
        }
    }
}
