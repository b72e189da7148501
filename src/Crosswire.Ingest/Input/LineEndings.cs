namespace Crosswire.Ingest.Input;

/// <summary>Line-ending normalisation shared by the readers.</summary>
internal static class LineEndings
{
    /// <summary><paramref name="text"/> with CR LF and lone CR turned into LF (other characters untouched,
    /// unlike <see cref="string.ReplaceLineEndings()"/>, which also rewrites NEL, LS, PS and FF).</summary>
    public static string Normalise(string text)
    {
        if (!text.Contains('\r'))
        {
            return text;
        }

        return string.Create(text.Length - CountCrLf(text), text, static (destination, source) =>
        {
            var written = 0;
            for (var i = 0; i < source.Length; i++)
            {
                var c = source[i];
                if (c == '\r')
                {
                    destination[written++] = '\n';
                    if (i + 1 < source.Length && source[i + 1] == '\n')
                    {
                        i++;
                    }
                }
                else
                {
                    destination[written++] = c;
                }
            }
        });
    }

    /// <summary>Normalised and trimmed of surrounding white space.</summary>
    public static string NormaliseAndTrim(string text) => Normalise(text).Trim();

    private static int CountCrLf(string text)
    {
        var count = 0;
        var index = text.IndexOf("\r\n", StringComparison.Ordinal);
        while (index >= 0)
        {
            count++;
            index = text.IndexOf("\r\n", index + 2, StringComparison.Ordinal);
        }

        return count;
    }
}
