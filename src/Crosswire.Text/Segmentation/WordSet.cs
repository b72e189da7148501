using System.Collections.Immutable;
using System.Collections.Frozen;

namespace Crosswire.Text.Segmentation;

/// <summary>
/// A set of words looked up by span without allocating. An entry written in lower case matches in any
/// letter case (<c>inc</c> matches <c>Inc</c> and <c>INC</c>); an entry with a capital letter matches as
/// written or in capitals (<c>Ill</c>, the state, matches <c>ILL</c> but not the word <c>ill</c>).
/// </summary>
internal sealed class WordSet
{
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _exact;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _anyCase;

    public WordSet(ImmutableArray<string> words, string optionName)
    {
        if (words.IsDefault)
        {
            throw new ArgumentException($"option {optionName} is not set (default ImmutableArray)", optionName);
        }

        var exact = new List<string>();
        var anyCase = new List<string>();
        foreach (var word in words)
        {
            if (string.IsNullOrEmpty(word))
            {
                continue;
            }

            if (word.Any(char.IsUpper))
            {
                exact.Add(word);
                exact.Add(word.ToUpperInvariant());
            }
            else
            {
                anyCase.Add(word);
            }
        }

        _exact = exact.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
        _anyCase = anyCase.ToFrozenSet(StringComparer.OrdinalIgnoreCase).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    public bool Contains(ReadOnlySpan<char> word) =>
        !word.IsEmpty && (_exact.Contains(word) || _anyCase.Contains(word));
}
