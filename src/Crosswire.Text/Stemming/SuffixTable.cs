namespace Crosswire.Text.Stemming;

/// <summary>
/// The suffix rules of one stemmer step, indexed by their last letter so a word is compared only with the
/// few suffixes it could end with. <see cref="Match"/> finds the longest suffix, as Snowball's <c>among</c>
/// and a regular-expression alternation anchored at the end both do.
/// </summary>
internal sealed class SuffixTable
{
    private readonly string[] _suffixes;
    private readonly string[] _replacements;
    private readonly int[][] _byLastLetter;

    /// <summary>Builds the table from (suffix, replacement) pairs of lower-case ASCII letters.</summary>
    public SuffixTable(params (string Suffix, string Replacement)[] rules)
    {
        _suffixes = [.. rules.Select(rule => rule.Suffix)];
        _replacements = [.. rules.Select(rule => rule.Replacement)];
        _byLastLetter = new int[26][];
        for (var letter = 0; letter < 26; letter++)
        {
            _byLastLetter[letter] =
            [
                .. Enumerable.Range(0, rules.Length)
                    .Where(rule => _suffixes[rule][^1] == 'a' + letter)
                    .OrderByDescending(rule => _suffixes[rule].Length),
            ];
        }
    }

    /// <summary>The index of the longest rule whose suffix ends the first <paramref name="length"/> characters
    /// of <paramref name="buffer"/>, or -1.</summary>
    public int Match(Span<char> buffer, int length)
    {
        if (length == 0)
        {
            return -1;
        }

        var last = buffer[length - 1] - 'a';
        if ((uint)last >= 26)
        {
            return -1;
        }

        foreach (var rule in _byLastLetter[last])
        {
            if (StemmerText.EndsWith(buffer, length, _suffixes[rule]))
            {
                return rule;
            }
        }

        return -1;
    }

    /// <summary>The suffix of rule <paramref name="rule"/>.</summary>
    public string Suffix(int rule) => _suffixes[rule];

    /// <summary>The replacement of rule <paramref name="rule"/>.</summary>
    public string Replacement(int rule) => _replacements[rule];
}
