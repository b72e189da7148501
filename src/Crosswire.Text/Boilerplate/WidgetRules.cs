namespace Crosswire.Text.Boilerplate;

/// <summary>Rules for the words of share bars, media players and galleries left in the text.</summary>
internal static class WidgetRules
{
    /// <summary>Longest line that can be a widget.</summary>
    private const int MaxWidgetLine = 140;

    /// <summary>A line made only of widget words (<c>Share Tweet Email</c>, <c>Play Video</c>,
    /// <c>Enlarge this image</c>), or null.</summary>
    public static BoilerplateRule? MatchWidgetLine(ReadOnlySpan<char> line)
    {
        if (line.Length > MaxWidgetLine)
        {
            return null;
        }

        var strong = 0;
        var social = false;
        foreach (var word in new WordEnumerator(line))
        {
            var bare = TextShape.Bare(word);
            if (bare.IsEmpty || IsNumber(bare))
            {
                continue;
            }

            if (Vocabulary.StrongWidgetWords.Contains(bare))
            {
                strong++;
                social |= Vocabulary.SocialWords.Contains(bare);
            }
            else if (!Vocabulary.WeakWidgetWords.Contains(bare))
            {
                return null;
            }
        }

        if (strong == 0)
        {
            return null;
        }

        return social ? Rules.ShareWidget : Rules.MediaWidget;
    }

    /// <summary>
    /// Number of widget words at the start of <paramref name="line"/> (stopping at the first other word or at a
    /// label such as <c>Photo:</c>); <paramref name="strong"/> counts those that name a widget.
    /// </summary>
    public static int LeadingWidgetWords(ReadOnlySpan<char> line, out int strong) =>
        LeadingWidgetWords(line, out strong, out _, out _);

    /// <summary>As <see cref="LeadingWidgetWords(ReadOnlySpan{char}, out int)"/>, also giving the offset
    /// just after them (<paramref name="end"/>) and just after the last one that names a widget
    /// (<paramref name="strongEnd"/>).</summary>
    public static int LeadingWidgetWords(ReadOnlySpan<char> line, out int strong, out int end, out int strongEnd)
    {
        strong = 0;
        end = 0;
        strongEnd = 0;
        var count = 0;
        var words = new WordEnumerator(line);
        while (words.MoveNext())
        {
            var word = words.Current;
            var bare = TextShape.Bare(word);
            if (word[^1] == ':')
            {
                break;
            }

            var isStrong = Vocabulary.StrongWidgetWords.Contains(bare);
            if (!isStrong && !Vocabulary.WeakWidgetWords.Contains(bare) && !bare.IsEmpty && !IsNumber(bare))
            {
                break;
            }

            count++;
            end = words.Start + word.Length;
            if (isStrong)
            {
                strong++;
                strongEnd = end;
            }
        }

        return count;
    }

    private static bool IsNumber(ReadOnlySpan<char> word)
    {
        foreach (var c in word)
        {
            if (!char.IsAsciiDigit(c) && c is not (':' or '.' or ','))
            {
                return false;
            }
        }

        return true;
    }
}
