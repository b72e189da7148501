namespace Crosswire.Text.Tokenization;

/// <summary>
/// Normalises a token's text for matching: lower case (invariant, one character to one character),
/// typographic apostrophes and single quotes to <c>'</c>, double quotes to <c>"</c>, hyphens, dashes and
/// the minus sign to <c>-</c>; soft hyphens and zero-width characters are dropped. The output is never
/// longer than the input.
/// </summary>
public static class TokenNormalizer
{
    /// <summary>Writes the normalised form of <paramref name="token"/> into <paramref name="destination"/>
    /// and returns the number of characters written.</summary>
    /// <exception cref="ArgumentException"><paramref name="destination"/> is shorter than
    /// <paramref name="token"/>.</exception>
    public static int Normalize(ReadOnlySpan<char> token, Span<char> destination)
    {
        if (destination.Length < token.Length)
        {
            throw new ArgumentException($"destination holds {destination.Length} characters, the token has {token.Length}", nameof(destination));
        }

        // Tokens are a few characters long: a scalar loop beats the set-up of vectorised ASCII helpers.
        var written = 0;
        foreach (var c in token)
        {
            if (c < '\u0080')
            {
                destination[written++] = char.IsAsciiLetterUpper(c) ? (char)(c | 0x20) : c;
            }
            else
            {
                var mapped = Map(c);
                if (mapped != '\0')
                {
                    destination[written++] = mapped;
                }
            }
        }

        return written;
    }

    /// <summary>The normalised form of <paramref name="token"/>.</summary>
    public static string Normalize(ReadOnlySpan<char> token)
    {
        if (token.Length <= 256)
        {
            Span<char> buffer = stackalloc char[token.Length];
            return new string(buffer[..Normalize(token, buffer)]);
        }

        var array = new char[token.Length];
        return new string(array, 0, Normalize(token, array));
    }

    /// <summary>The normalised form of <paramref name="token"/>; the same instance when it is already
    /// normalised, so normalising normalised text does not allocate.</summary>
    public static string Normalize(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        return IsNormalized(token) ? token : Normalize(token.AsSpan());
    }

    /// <summary>True when <paramref name="token"/> is already in normalised form.</summary>
    public static bool IsNormalized(ReadOnlySpan<char> token)
    {
        foreach (var c in token)
        {
            if (c < '\u0080' ? char.IsAsciiLetterUpper(c) : Map(c) != c)
            {
                return false;
            }
        }

        return true;
    }

    /// <summary>The normalised form of one character; <c>'\0'</c> for a character that normalisation drops
    /// (soft hyphen, zero-width characters).</summary>
    public static char Map(char c) => c switch
    {
        < 'A' => c,
        <= 'Z' => (char)(c | 0x20),
        < '\u00AD' => c,
        '\u00AD' => '\0',
        '\u2018' or '\u2019' or '\u201A' or '\u201B' or '\u2032' or '\u02BC' => '\'',
        '\u201C' or '\u201D' or '\u201E' or '\u201F' or '\u2033' or '\u00AB' or '\u00BB' => '"',
        '\u2010' or '\u2011' or '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212' or '\uFE58' or '\uFE63' or '\uFF0D' => '-',
        '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF' => '\0',
        _ => char.ToLowerInvariant(c),
    };
}
