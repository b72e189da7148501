using Crosswire.Core.Documents;

namespace Crosswire.Comparison.Values;

/// <summary>What a <see cref="ValueToken"/> holds.</summary>
internal enum ValueTokenKind : byte
{
    Word,
    Number,
    Symbol,
    Punctuation,
}

/// <summary>One token of a <see cref="ValueLexer"/>.</summary>
internal readonly record struct ValueToken(int Start, int End, ValueTokenKind Kind);

/// <summary>
/// Splits a sentence into the tokens that value recognition needs. Unlike the general tokenizer it keeps a
/// number and the letters glued to it together (<c>245p</c>, <c>1.8m</c>, <c>71st</c>, <c>52-year-old</c>,
/// <c>10.15pm</c>) and a currency sign apart from its number (<c>NZ</c>, <c>$</c>, <c>1.2bn</c>).
/// </summary>
internal sealed class ValueLexer
{
    private readonly List<ValueToken> _tokens = [];

    public ValueLexer(string text, TextSpan span)
    {
        Text = text;
        var i = span.Start;
        var end = span.End;
        while (i < end)
        {
            var c = text[i];
            if (char.IsWhiteSpace(c))
            {
                i++;
            }
            else if (char.IsAsciiDigit(c))
            {
                var start = i;
                while (i < end && (char.IsAsciiDigit(text[i])
                       || (text[i] is ',' or '.' && i + 1 < end && char.IsAsciiDigit(text[i + 1]))))
                {
                    i++;
                }

                // Letters glued on, and hyphenated words ("-year-old"), but not "-53" of "1950-53".
                while (i < end && (char.IsLetter(text[i]) || text[i] == '²'
                       || (text[i] == '-' && i + 1 < end && char.IsLetter(text[i + 1]))))
                {
                    i++;
                }

                _tokens.Add(new ValueToken(start, i, ValueTokenKind.Number));
            }
            else if (char.IsLetter(c))
            {
                var start = i;
                while (i < end && (char.IsLetterOrDigit(text[i]) || text[i] == '²'
                       || (text[i] is '-' or '\'' or '’' && i + 1 < end && char.IsLetter(text[i + 1]))))
                {
                    i++;
                }

                _tokens.Add(new ValueToken(start, i, ValueTokenKind.Word));
            }
            else
            {
                var kind = ValueUnits.IsCurrencySign(c) || c == '%' ? ValueTokenKind.Symbol : ValueTokenKind.Punctuation;
                _tokens.Add(new ValueToken(i, i + 1, kind));
                i++;
            }
        }
    }

    public string Text { get; }

    public int Count => _tokens.Count;

    public ValueToken this[int index] => _tokens[index];

    public ReadOnlySpan<char> At(int index) =>
        (uint)index < (uint)_tokens.Count ? Text.AsSpan(_tokens[index].Start, _tokens[index].End - _tokens[index].Start) : default;

    public bool IsWord(int index) => (uint)index < (uint)_tokens.Count && _tokens[index].Kind == ValueTokenKind.Word;

    public bool IsNumber(int index) => (uint)index < (uint)_tokens.Count && _tokens[index].Kind == ValueTokenKind.Number;

    public bool IsSymbol(int index, char symbol) =>
        (uint)index < (uint)_tokens.Count && _tokens[index].Kind == ValueTokenKind.Symbol && Text[_tokens[index].Start] == symbol;

    public bool IsPunctuation(int index, char first, char second = '\0') =>
        (uint)index < (uint)_tokens.Count && _tokens[index].Kind == ValueTokenKind.Punctuation
        && (Text[_tokens[index].Start] == first || Text[_tokens[index].Start] == second);

    public bool Is(int index, string word) => IsWord(index) && At(index).Equals(word, StringComparison.OrdinalIgnoreCase);

    public bool IsCapitalised(int index) => IsWord(index) && char.IsUpper(Text[_tokens[index].Start]);

    /// <summary>True when a currency sign is glued to the front of token <paramref name="index"/>.</summary>
    public bool IsSymbolBefore(int index) =>
        index > 0 && (uint)index < (uint)_tokens.Count && _tokens[index - 1].Kind == ValueTokenKind.Symbol
        && _tokens[index - 1].End == _tokens[index].Start && ValueUnits.IsCurrencySign(Text[_tokens[index - 1].Start]);

    /// <summary>The text after token <paramref name="index"/>, leading spaces skipped.</summary>
    public ReadOnlySpan<char> TextAfter(int index) =>
        (uint)index < (uint)_tokens.Count ? Text.AsSpan(_tokens[index].End).TrimStart(' ') : default;

    /// <summary>
    /// True when token <paramref name="index"/> is a currency sign with a number right after it; the
    /// letters glued before a dollar sign (<c>NZ$</c>) are read as part of it.
    /// </summary>
    public bool IsCurrencySign(int index, out string? code)
    {
        code = null;
        if ((uint)index >= (uint)_tokens.Count || _tokens[index].Kind != ValueTokenKind.Symbol || !IsNumber(index + 1))
        {
            return false;
        }

        var letters = index > 0 && IsWord(index - 1) && _tokens[index - 1].End == _tokens[index].Start
            ? At(index - 1)
            : default;
        code = ValueUnits.Currency(letters, Text[_tokens[index].Start]);
        return code is not null;
    }
}
