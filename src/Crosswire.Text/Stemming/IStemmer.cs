using System.Buffers;

namespace Crosswire.Text.Stemming;

/// <summary>
/// Reduces a lower-case word to its stem. Implementations are stateless and thread-safe, and never return
/// a stem longer than the word, so a destination as long as the word is always enough.
/// </summary>
public interface IStemmer
{
    /// <summary>The stem of <paramref name="word"/>; the same string instance when nothing changes.</summary>
    /// <param name="word">A lower-case word.</param>
    string Stem(string word);

    /// <summary>Writes the stem of <paramref name="word"/> into <paramref name="destination"/> and returns its
    /// length. <paramref name="destination"/> needs at least <c>word.Length</c> characters and may be the
    /// same memory as <paramref name="word"/> (stemming in place).</summary>
    /// <param name="word">A lower-case word.</param>
    /// <param name="destination">Where the stem is written.</param>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than the word.</exception>
    int Stem(ReadOnlySpan<char> word, Span<char> destination);
}

/// <summary>The string overload every stemmer shares: stem into a stack buffer, allocate only on change.</summary>
internal static class StemmerText
{
    private const int StackLimit = 128;

    /// <summary>Stems <paramref name="word"/> through the span overload of <paramref name="stemmer"/>.</summary>
    public static string Stem(IStemmer stemmer, string word)
    {
        ArgumentNullException.ThrowIfNull(word);
        char[]? rented = null;
        var buffer = word.Length <= StackLimit
            ? stackalloc char[StackLimit]
            : (rented = ArrayPool<char>.Shared.Rent(word.Length));
        try
        {
            var stem = buffer[..stemmer.Stem(word, buffer)];
            return stem.SequenceEqual(word) ? word : new string(stem);
        }
        finally
        {
            if (rented is not null)
            {
                ArrayPool<char>.Shared.Return(rented);
            }
        }
    }

    /// <summary>Copies <paramref name="word"/> to the start of <paramref name="destination"/>, checking its size.</summary>
    public static void CopyWord(ReadOnlySpan<char> word, Span<char> destination)
    {
        if (destination.Length < word.Length)
        {
            throw new ArgumentException(
                $"The destination holds {destination.Length} characters; the word has {word.Length}.", nameof(destination));
        }

        word.CopyTo(destination);
    }

    /// <summary>True when the first <paramref name="length"/> characters of <paramref name="buffer"/> end with
    /// <paramref name="suffix"/>.</summary>
    public static bool EndsWith(Span<char> buffer, int length, string suffix) =>
        length >= suffix.Length && buffer[(length - suffix.Length)..length].SequenceEqual(suffix);

    /// <summary>Replaces the last <paramref name="suffixLength"/> characters of the first
    /// <paramref name="length"/> by <paramref name="replacement"/> (never longer) and returns the new length.</summary>
    public static int Replace(Span<char> buffer, int length, int suffixLength, string replacement)
    {
        var start = length - suffixLength;
        replacement.CopyTo(buffer[start..]);
        return start + replacement.Length;
    }
}
