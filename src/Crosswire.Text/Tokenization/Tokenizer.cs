using System.Buffers;
using System.Collections.Frozen;
using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Crosswire.Core.Documents;
using Crosswire.Text.Segmentation;

namespace Crosswire.Text.Tokenization;

/// <summary>
/// Splits text into <see cref="Token"/>s, each a span of the original text, in one forward pass.
/// </summary>
/// <remarks>
/// <list type="bullet">
/// <item>Words keep internal hyphens (<c>well-known</c>, <c>COVID-19</c>), underscores (<c>harbour_desk</c>)
/// and apostrophes (<c>don't</c>,
/// <c>O'Neill</c>, <c>rock'n'roll</c>), and the periods of abbreviations (<c>U.S.</c>, <c>Ph.D.</c>,
/// <c>Mr.</c>, <c>Inc.</c>, an initial before a capital as in <c>George W. Bush</c>). A period that ends both
/// an abbreviation and its sentence stays with the abbreviation (<c>… sold to Brine &amp; Co.</c>).</item>
/// <item>The clitic <c>'s</c> is its own <see cref="TokenKind.Word"/> token: <c>Lee's</c> gives <c>Lee</c>
/// and <c>'s</c>, <c>it's</c> gives <c>it</c> and <c>'s</c>. In news it is nearly always the possessive, and
/// splitting it lets the name match its other mentions (entities) and the noun match its other uses
/// (sentence overlap, ROUGE). Other contractions stay whole (<c>don't</c>, <c>they're</c>, <c>I'll</c>): they
/// attach to pronouns and auxiliaries, which carry no content either way. A trailing plural possessive
/// apostrophe (<c>players'</c>) is punctuation.</item>
/// <item>Numbers: <c>1,000</c>, <c>3.5</c>, <c>1950-53</c>, <c>9/11</c>, <c>10:30</c>, <c>$20</c>,
/// <c>£3.5</c>, <c>20%</c>, <c>21st</c>, <c>1990s</c>, <c>'90s</c>; a token that starts with a digit and
/// continues with letters or hyphens (<c>19-year-old</c>, <c>3D</c>) is a number too.</item>
/// <item>URLs (with a scheme, <c>www.</c>, or a bare domain such as <c>example.com/path</c>) and e-mail
/// addresses are single tokens, without trailing sentence punctuation.</item>
/// <item>Punctuation is one token per character, except runs of periods (<c>...</c>), of <c>?</c> and
/// <c>!</c>, and of hyphens (<c>--</c>). Symbols (<c>&amp;</c>, <c>#</c>, <c>@</c>, currency signs not
/// before a digit, emoji with their modifiers) are <see cref="TokenKind.Symbol"/>.</item>
/// <item>White space, control and zero-width characters separate tokens and belong to none.</item>
/// </list>
/// Thread-safe: one instance can serve many threads.
/// </remarks>
public sealed class Tokenizer
{
    private const int MaxEmailLocal = 64;
    private const int MaxDomain = 253;

    private static readonly SearchValues<char> s_asciiLetters = SearchValues.Create("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz");
    private static readonly string[] s_urlPrefixes = ["https://", "http://", "ftp://", "www."];

    private readonly WordSet _abbreviations;
    private readonly FrozenSet<string>.AlternateLookup<ReadOnlySpan<char>> _domainSuffixes;

    /// <summary>Creates a tokenizer.</summary>
    /// <param name="options">Options; <see cref="TokenizerOptions.Default"/> when null.</param>
    public Tokenizer(TokenizerOptions? options = null)
    {
        Options = options ?? TokenizerOptions.Default;
        _abbreviations = new WordSet(Options.Abbreviations, nameof(Options.Abbreviations));
        if (Options.DomainSuffixes.IsDefault)
        {
            throw new ArgumentException($"option {nameof(Options.DomainSuffixes)} is not set (default ImmutableArray)", nameof(options));
        }

        _domainSuffixes = Options.DomainSuffixes.ToFrozenSet(StringComparer.Ordinal).GetAlternateLookup<ReadOnlySpan<char>>();
    }

    /// <summary>The options in use.</summary>
    public TokenizerOptions Options { get; }

    /// <summary>The tokens of the whole of <paramref name="text"/>.</summary>
    public ImmutableArray<Token> Tokenize(string text)
    {
        ArgumentNullException.ThrowIfNull(text);
        var sink = ImmutableArray.CreateBuilder<Token>((text.Length / 5) + 4);
        Tokenize(text, new TextSpan(0, text.Length), sink);
        return sink.DrainToImmutable();
    }

    /// <summary>Appends the tokens inside <paramref name="range"/> of <paramref name="text"/> (e.g. one
    /// sentence) to <paramref name="sink"/>.</summary>
    /// <exception cref="ArgumentOutOfRangeException"><paramref name="range"/> is not inside the text.</exception>
    public void Tokenize(string text, TextSpan range, ImmutableArray<Token>.Builder sink)
    {
        TextRange.ThrowIfInvalid(text, range);
        ArgumentNullException.ThrowIfNull(sink);

        var scanner = new Scanner(this, text, range, sink);
        scanner.Run();
    }

    private enum Dotted : byte
    {
        Plain,
        Abbreviation,
        Domain,
    }

    private ref struct Scanner
    {
        private readonly Tokenizer _owner;
        private readonly string _text;
        private readonly int _start;
        private readonly int _end;
        private readonly ImmutableArray<Token>.Builder _sink;
        private int _chunkEnd;
        private bool _chunkHasUrlHint;

        public Scanner(Tokenizer owner, string text, TextSpan range, ImmutableArray<Token>.Builder sink)
        {
            _owner = owner;
            _text = text;
            _start = range.Start;
            _end = range.End;
            _sink = sink;
            _chunkEnd = -1;
        }

        public void Run()
        {
            var text = _text.AsSpan(0, _end);
            var i = _start;
            while (i < text.Length)
            {
                var c = text[i];
                if (IsSeparator(c))
                {
                    i++;
                    continue;
                }

                i = c < 128 && char.IsAsciiLetter(c) ? Word(i)
                    : c < 128 && char.IsAsciiDigit(c) ? Number(i, i)
                    : Other(i, c);
            }
        }

        private int Other(int i, char c)
        {
            if (IsLetterAt(i))
            {
                return Word(i);
            }

            if (char.IsDigit(c))
            {
                return Number(i, i);
            }

            if (TextChars.IsCurrency(c) && i + 1 < _end && char.IsAsciiDigit(_text[i + 1]))
            {
                return Number(i, i + 1);
            }

            if (TextChars.IsApostrophe(c) || c == '‘')
            {
                return Apostrophe(i);
            }

            return PunctuationOrSymbol(i, c);
        }

        // ---- Words --------------------------------------------------------------------------------

        private int Word(int i)
        {
            var j = ConsumeAlphanumeric(i);
            if (j >= _end || IsPlainWordEnd(_text[j]))
            {
                return Emit(i, j, TokenKind.Word);
            }

            if (MayBeAddress(j) && TryUrlOrEmail(i, out var urlEnd))
            {
                return urlEnd;
            }

            var dottedChecked = false;
            while (true)
            {
                j = ConsumeAlphanumeric(j);
                if (j >= _end)
                {
                    break;
                }

                var c = _text[j];
                if (TextChars.IsApostrophe(c) && j + 1 < _end && char.IsLetter(_text[j + 1]) && !IsClitic(j))
                {
                    j++;
                    continue;
                }

                if ((TextChars.IsHyphen(c) || c == '_') && j + 1 < _end && char.IsLetterOrDigit(_text[j + 1]))
                {
                    j++;
                    continue;
                }

                if (c == '.' && !dottedChecked && j + 1 < _end && char.IsLetterOrDigit(_text[j + 1]))
                {
                    dottedChecked = true;
                    var dotted = ReadDotted(i, j, out var dottedEnd);
                    if (dotted == Dotted.Domain)
                    {
                        return Emit(i, dottedEnd, TokenKind.Url);
                    }

                    if (dotted == Dotted.Abbreviation)
                    {
                        j = dottedEnd;
                        if (j + 1 < _end && _text[j - 1] == '.' && TextChars.IsHyphen(_text[j]) && char.IsLetter(_text[j + 1]))
                        {
                            // U.S.-led
                            j++;
                            continue;
                        }

                        return Emit(i, j, TokenKind.Word);
                    }
                }

                break;
            }

            if (j < _end && _text[j] == '.' && KeepsPeriod(i, j))
            {
                j++;
            }

            return Emit(i, j, TokenKind.Word);
        }

        /// <summary>Reads <c>part.part…</c> from <paramref name="start"/>: a domain when its last part is a
        /// known domain suffix (then with its path), an abbreviation when every part is one to three letters
        /// (then with a final period), else plain (the word ends at the first period).</summary>
        private Dotted ReadDotted(int start, int firstDot, out int end)
        {
            var shortLetters = IsShortLetters(start, firstDot);
            var p = firstDot;
            var lastPart = start;
            while (p + 1 < _end && _text[p] == '.' && char.IsLetterOrDigit(_text[p + 1]) && p - start < MaxDomain)
            {
                var q = p + 1;
                while (q < _end && (char.IsLetterOrDigit(_text[q]) || (TextChars.IsHyphen(_text[q]) && q + 1 < _end && char.IsLetterOrDigit(_text[q + 1]))))
                {
                    q++;
                }

                shortLetters &= IsShortLetters(p + 1, q);
                lastPart = p + 1;
                p = q;
            }

            if (_owner._domainSuffixes.Contains(_text.AsSpan(lastPart, p - lastPart)))
            {
                end = p < _end && _text[p] == '/' ? UrlEnd(start, ChunkEnd(p)) : p;
                return Dotted.Domain;
            }

            if (shortLetters)
            {
                end = p < _end && _text[p] == '.' ? p + 1 : p;
                return Dotted.Abbreviation;
            }

            end = firstDot;
            return Dotted.Plain;
        }

        private readonly bool IsShortLetters(int start, int end)
        {
            if (end - start is < 1 or > 3)
            {
                return false;
            }

            for (var p = start; p < end; p++)
            {
                if (!char.IsLetter(_text[p]))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary>A listed abbreviation keeps its period (<c>Mr.</c>, <c>Inc.</c>), and so does a capital
        /// initial before another capitalised word (<c>W.</c> in <c>George W. Bush</c>).</summary>
        private readonly bool KeepsPeriod(int start, int dot)
        {
            if (dot - start == 1 && char.IsUpper(_text[start]))
            {
                var p = dot + 1;
                if (p >= _end || !char.IsWhiteSpace(_text[p]))
                {
                    return false;
                }

                while (p < _end && char.IsWhiteSpace(_text[p]))
                {
                    p++;
                }

                return p < _end && char.IsUpper(_text[p]);
            }

            return _owner._abbreviations.Contains(_text.AsSpan(start, dot - start));
        }

        /// <summary>An apostrophe followed by <c>s</c> and no more letters: the clitic <c>'s</c>.</summary>
        private readonly bool IsClitic(int at) =>
            at + 1 < _end && _text[at + 1] is 's' or 'S' && (at + 2 >= _end || !char.IsLetterOrDigit(_text[at + 2]));

        private int Apostrophe(int i)
        {
            if (IsClitic(i) && i > _start && char.IsLetterOrDigit(_text[i - 1]))
            {
                return Emit(i, i + 2, TokenKind.Word);
            }

            if (i + 2 < _end && char.IsAsciiDigit(_text[i + 1]) && char.IsAsciiDigit(_text[i + 2])
                && (i == _start || !char.IsLetterOrDigit(_text[i - 1])))
            {
                return Number(i, i + 1);
            }

            return Emit(i, i + 1, TokenKind.Punctuation);
        }

        // ---- Numbers ------------------------------------------------------------------------------

        private int Number(int start, int digits)
        {
            if (digits == start && MayBeAddress(ConsumeAlphanumeric(start)) && TryUrlOrEmail(start, out var urlEnd))
            {
                return urlEnd;
            }

            var j = ConsumeDigits(digits);
            while (j < _end)
            {
                var c = _text[j];
                var nextIsDigit = j + 1 < _end && char.IsDigit(_text[j + 1]);
                if (nextIsDigit && (c is ',' or '.' or ':' or '/' or '\u2013' || TextChars.IsHyphen(c)))
                {
                    j = ConsumeDigits(j + 1);
                }
                else if (char.IsLetter(c))
                {
                    j = ConsumeAlphanumeric(j);
                }
                else if (TextChars.IsHyphen(c) && j + 1 < _end && char.IsLetter(_text[j + 1]))
                {
                    j++;
                }
                else
                {
                    break;
                }
            }

            if (j < _end && _text[j] is '%' or '‰')
            {
                j++;
            }

            return Emit(start, j, TokenKind.Number);
        }

        // ---- URLs and e-mail addresses ----------------------------------------------------------

        /// <summary>The end of the run of non-space characters around <paramref name="at"/>, noting whether
        /// it holds a character that a URL or e-mail address needs; measured once per run. A scalar loop:
        /// runs are a word long, too short for a vectorised search to pay for its set-up.</summary>
        private int ChunkEnd(int at)
        {
            if (at >= _chunkEnd)
            {
                var hint = false;
                var p = at;
                while (p < _end)
                {
                    var c = _text[p];
                    if (c <= ' ' || (c >= '\u0080' && char.IsWhiteSpace(c)))
                    {
                        break;
                    }

                    hint |= c is '@' or ':' or '/';
                    p++;
                }

                _chunkEnd = p;
                _chunkHasUrlHint = hint;
            }

            return _chunkEnd;
        }

        /// <summary>Most words end at one of these, which can neither continue a word nor start an
        /// address: white space and common punctuation.</summary>
        private static bool IsPlainWordEnd(char c) => c is ' ' or ',' or ';' or '\n' or ')' or '"' or '?' or '!';

        /// <summary>Only a word followed by one of these can start a URL or an e-mail address; checking
        /// it first spares the look at the whole run of non-space characters for nearly every word.</summary>
        private readonly bool MayBeAddress(int afterWord) =>
            afterWord < _end && _text[afterWord] is '.' or ':' or '@' or '/' or '+' or '-' or '_' or '%' or '\'';

        private bool TryUrlOrEmail(int i, out int end)
        {
            end = i;
            var chunkEnd = ChunkEnd(i);
            if (!_chunkHasUrlHint)
            {
                return false;
            }

            var chunk = _text.AsSpan(i, chunkEnd - i);
            foreach (var prefix in s_urlPrefixes)
            {
                if (chunk.Length > prefix.Length + 1 && chunk.StartsWith(prefix, StringComparison.OrdinalIgnoreCase))
                {
                    end = UrlEnd(i, chunkEnd);
                    if (end > i + prefix.Length)
                    {
                        Emit(i, end, TokenKind.Url);
                        return true;
                    }
                }
            }

            if (TryEmail(i, chunkEnd, out end))
            {
                Emit(i, end, TokenKind.Email);
                return true;
            }

            return false;
        }

        private readonly bool TryEmail(int i, int chunkEnd, out int end)
        {
            end = i;
            var at = i;
            var limit = Math.Min(chunkEnd, i + MaxEmailLocal);
            while (at < limit && IsEmailLocal(_text[at]))
            {
                at++;
            }

            if (at == i || at >= chunkEnd || _text[at] != '@')
            {
                return false;
            }

            var labels = 0;
            var lastStart = 0;
            var q = at + 1;
            while (q < chunkEnd && q - at <= MaxDomain)
            {
                var labelStart = q;
                while (q < chunkEnd && (char.IsAsciiLetterOrDigit(_text[q]) || _text[q] == '-'))
                {
                    q++;
                }

                if (q == labelStart)
                {
                    break;
                }

                labels++;
                lastStart = labelStart;
                end = q;
                if (q + 1 < chunkEnd && _text[q] == '.' && char.IsAsciiLetterOrDigit(_text[q + 1]))
                {
                    q++;
                    continue;
                }

                break;
            }

            return labels >= 2 && end - lastStart >= 2 && !_text.AsSpan(lastStart, end - lastStart).ContainsAnyExcept(s_asciiLetters);
        }

        private static bool IsEmailLocal(char c) =>
            char.IsAsciiLetterOrDigit(c) || c is '.' or '_' or '%' or '+' or '-' or '\'';

        /// <summary>The end of a URL that runs to <paramref name="chunkEnd"/>, without trailing sentence
        /// punctuation or a closing bracket that it did not open.</summary>
        private readonly int UrlEnd(int start, int chunkEnd)
        {
            var end = chunkEnd;
            while (end > start)
            {
                var c = _text[end - 1];
                if (c is '.' or ',' or ';' or ':' or '!' or '?' or '\'' or '"' or '>' or '*' || TextChars.Closers.Contains(c) && c is not (')' or ']' or '}'))
                {
                    end--;
                    continue;
                }

                if (c is ')' or ']' or '}')
                {
                    var open = c == ')' ? '(' : c == ']' ? '[' : '{';
                    var url = _text.AsSpan(start, end - 1 - start);
                    if (url.Count(open) > url.Count(c))
                    {
                        break;
                    }

                    end--;
                    continue;
                }

                break;
            }

            return end;
        }

        // ---- Punctuation and symbols -------------------------------------------------------------

        private int PunctuationOrSymbol(int i, char c)
        {
            if (c == '.' || c is '?' or '!' || TextChars.IsHyphen(c))
            {
                var j = i + 1;
                while (j < _end && (_text[j] == c || (c is '?' or '!' && _text[j] is '?' or '!')))
                {
                    j++;
                }

                return Emit(i, j, TokenKind.Punctuation);
            }

            if (char.IsHighSurrogate(c) && i + 1 < _end && char.IsLowSurrogate(_text[i + 1]))
            {
                return Emit(i, ConsumeModifiers(i + 2, IsRegionalIndicator(i)), TokenKind.Symbol);
            }

            if (IsPunctuation(c))
            {
                return Emit(i, i + 1, TokenKind.Punctuation);
            }

            return Emit(i, ConsumeModifiers(i + 1, false), TokenKind.Symbol);
        }

        /// <summary>Consumes what modifies an emoji or symbol: variation selectors, a keycap, skin tones,
        /// zero-width-joined sequences, and the second half of a flag.</summary>
        private readonly int ConsumeModifiers(int j, bool regionalIndicator)
        {
            while (j < _end)
            {
                var c = _text[j];
                if (c is '\uFE0F' or '\uFE0E' or '\u20E3')
                {
                    j++;
                }
                else if (c == '\u200D' && j + 1 < _end && !IsSeparator(_text[j + 1]))
                {
                    j += char.IsHighSurrogate(_text[j + 1]) && j + 2 < _end && char.IsLowSurrogate(_text[j + 2]) ? 3 : 2;
                }
                else if (char.IsHighSurrogate(c) && j + 1 < _end && char.IsLowSurrogate(_text[j + 1])
                    && (IsSkinTone(j) || (regionalIndicator && IsRegionalIndicator(j))))
                {
                    regionalIndicator = false;
                    j += 2;
                }
                else
                {
                    break;
                }
            }

            return j;
        }

        private readonly bool IsSkinTone(int at) =>
            char.ConvertToUtf32(_text[at], _text[at + 1]) is >= 0x1F3FB and <= 0x1F3FF;

        private readonly bool IsRegionalIndicator(int at) =>
            at + 1 < _end && char.IsHighSurrogate(_text[at]) && char.IsLowSurrogate(_text[at + 1])
            && char.ConvertToUtf32(_text[at], _text[at + 1]) is >= 0x1F1E6 and <= 0x1F1FF;

        private static bool IsPunctuation(char c) =>
            c is not ('&' or '#' or '@' or '%' or '*' or '§' or '¶' or '†' or '‡' or '\\') && char.IsPunctuation(c);

        // ---- Characters -------------------------------------------------------------------------

        private static bool IsSeparator(char c) =>
            c <= ' ' || (c >= '\u007F' && (char.IsWhiteSpace(c) || char.IsControl(c)
                || c is '\u00AD' or '\u200B' or '\u200C' or '\u200D' or '\u2060' or '\uFEFF'));

        private readonly bool IsLetterAt(int i)
        {
            var c = _text[i];
            if (char.IsHighSurrogate(c))
            {
                return i + 1 < _end && char.IsLowSurrogate(_text[i + 1])
                    && Rune.IsLetter(new Rune(c, _text[i + 1]));
            }

            return char.IsLetter(c);
        }

        private readonly int ConsumeAlphanumeric(int j)
        {
            var text = _text.AsSpan(0, _end);
            while (j < text.Length)
            {
                var c = text[j];
                if (char.IsAsciiLetterOrDigit(c))
                {
                    j++;
                }
                else if (c < 128)
                {
                    break;
                }
                else if (char.IsLetterOrDigit(c) || IsMark(c))
                {
                    j++;
                }
                else if (char.IsHighSurrogate(c) && j + 1 < text.Length && char.IsLowSurrogate(text[j + 1])
                    && Rune.GetUnicodeCategory(new Rune(c, text[j + 1])) is <= UnicodeCategory.DecimalDigitNumber)
                {
                    j += 2;
                }
                else if (c is '\u00AD' or '\u200C' or '\u200D' && j + 1 < text.Length && char.IsLetter(text[j + 1]))
                {
                    j++;
                }
                else
                {
                    break;
                }
            }

            return j;
        }

        private readonly int ConsumeDigits(int j)
        {
            while (j < _end && char.IsDigit(_text[j]))
            {
                j++;
            }

            return j;
        }

        private static bool IsMark(char c) =>
            char.GetUnicodeCategory(c) is UnicodeCategory.NonSpacingMark or UnicodeCategory.SpacingCombiningMark or UnicodeCategory.EnclosingMark;

        private readonly int Emit(int start, int end, TokenKind kind)
        {
            _sink.Add(new Token(new TextSpan(start, end - start), kind));
            return end;
        }
    }
}
