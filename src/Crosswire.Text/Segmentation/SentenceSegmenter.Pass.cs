using System.Buffers;
using System.Collections.Immutable;
using Crosswire.Core.Documents;

namespace Crosswire.Text.Segmentation;

public sealed partial class SentenceSegmenter
{
    /// <summary>Hard-wrapped prose is at least this wide; narrower line sets are lists or headlines.</summary>
    private const int MinWrapWidth = 40;

    /// <summary>How far back or forward a word is read around a candidate, so no input is quadratic.</summary>
    private const int MaxWordScan = 64;

    private static readonly SearchValues<char> s_notInPlainWord = SearchValues.Create(".@/:_\\");

    private enum StartKind : byte
    {
        Lower,
        Capitalized,
        Digit,
        Structural,
        Punctuation,
        Other,
    }

    private enum WordKind : byte
    {
        Ordinary,
        Prefix,
        Weak,
    }

    private enum MarkerStyle : byte
    {
        Dot,
        Paren,
        DotParen,
    }

    /// <summary>What follows a candidate boundary.</summary>
    private readonly record struct NextStart(StartKind Kind, bool IsStarter, bool IsPronounI, int ChunkLength);

    /// <summary>The state of one segmentation run over one range.</summary>
    private ref struct Pass
    {
        private readonly SentenceSegmenter _owner;
        private readonly string _text;
        private readonly int _start;
        private readonly int _end;
        private readonly ImmutableArray<TextSpan>.Builder _sink;
        private int _sentenceStart;
        private int _firstContent;
        private int _lineStart;
        private int _maxLineLength;
        private int _quoteCount;
        private int _quotesCountedTo;
        private int _nextItem;

        public Pass(SentenceSegmenter owner, string text, TextSpan range, ImmutableArray<TextSpan>.Builder sink)
        {
            _owner = owner;
            _text = text;
            _start = range.Start;
            _end = range.End;
            _sink = sink;
            _sentenceStart = _start;
            _lineStart = _start;
            _maxLineLength = -1;
            _quotesCountedTo = _start;
            _nextItem = -1;
        }

        public void Run()
        {
            var pos = BeginSentence(_start);
            while (pos < _end)
            {
                var relative = _text.AsSpan(pos, _end - pos).IndexOfAny(s_candidates);
                var candidate = relative < 0 ? _end : pos + relative;
                if (_nextItem >= pos && _nextItem < candidate)
                {
                    var item = _nextItem + 1;
                    Break(item);
                    pos = BeginSentence(item);
                    continue;
                }

                if (relative < 0)
                {
                    break;
                }

                var c = _text[candidate];
                pos = TextChars.IsTerminal(c) ? OnTerminal(candidate)
                    : TextChars.IsBullet(c) ? OnBullet(candidate)
                    : OnLineBreak(candidate);
            }

            Emit(_sentenceStart, _end);
        }

        // ---- Sentence bookkeeping -------------------------------------------------------------------

        private void Break(int at)
        {
            Emit(_sentenceStart, at);
            _sentenceStart = at;
            _quoteCount = 0;
            _quotesCountedTo = at;
            _nextItem = -1;
        }

        /// <summary>Starts a sentence at <paramref name="at"/>: skips space, a bullet and a list marker
        /// (<c>2.</c>, <c>b)</c>), and looks ahead for the next item of the same list.</summary>
        private int BeginSentence(int at)
        {
            _sentenceStart = at;
            _nextItem = -1;
            var p = at;
            while (p < _end && char.IsWhiteSpace(_text[p]))
            {
                if (TextChars.IsAnyBreak(_text[p]))
                {
                    _lineStart = p + 1;
                }

                p++;
            }

            _firstContent = p;
            if (p < _end && TextChars.IsBullet(_text[p]))
            {
                p++;
                while (p < _end && _text[p] is ' ' or '\t' or '\u00A0')
                {
                    p++;
                }
            }

            if (TryReadListMarker(p, out var markerEnd, out var label, out var style))
            {
                FindNextItem(markerEnd, label, style);
                return markerEnd;
            }

            return p;
        }

        private readonly void Emit(int start, int end)
        {
            while (start < end && char.IsWhiteSpace(_text[start]))
            {
                start++;
            }

            while (end > start && char.IsWhiteSpace(_text[end - 1]))
            {
                end--;
            }

            var max = _owner._maxSentenceChars;
            while (end - start > max)
            {
                var cut = ForcedBreak(_text, start, start + max);
                var pieceEnd = cut;
                while (pieceEnd > start && char.IsWhiteSpace(_text[pieceEnd - 1]))
                {
                    pieceEnd--;
                }

                _sink.Add(TextSpan.FromBounds(start, pieceEnd));
                start = cut;
                while (start < end && char.IsWhiteSpace(_text[start]))
                {
                    start++;
                }
            }

            if (end > start)
            {
                _sink.Add(TextSpan.FromBounds(start, end));
            }
        }

        // ---- Candidates ---------------------------------------------------------------------------

        private int OnBullet(int at)
        {
            if (_firstContent < at && char.IsWhiteSpace(_text[at - 1]))
            {
                Break(at);
                return BeginSentence(at);
            }

            return at + 1;
        }

        private int OnLineBreak(int at)
        {
            var c = _text[at];
            var next = at + 1;
            if (c == '\r' && next < _end && _text[next] == '\n')
            {
                next++;
            }

            var blank = TextChars.IsParagraphBreak(c);
            var first = next;
            while (!blank && first < _end && char.IsWhiteSpace(_text[first]))
            {
                blank = TextChars.IsAnyBreak(_text[first]);
                first++;
            }

            var lineStart = _lineStart;
            _lineStart = next;
            if (blank)
            {
                Break(at);
                return BeginSentence(at);
            }

            var last = LastContent(at);
            if (last < 0 || first >= _end || EndsWithTerminal(last))
            {
                return next;
            }

            if (LineEndsSentence(lineStart, last, first))
            {
                Break(at);
                return BeginSentence(at);
            }

            return next;
        }

        private int OnTerminal(int at)
        {
            var runEnd = ReadTerminalRun(at, out var dots, out var strong, out var ideographic, out var spaced);
            if (_firstContent >= at)
            {
                return runEnd;
            }

            if (spaced && _text[at] == '.' && !char.IsWhiteSpace(_text[at - 1]) && _text[at + 1] == ' ')
            {
                return OnPeriodBeforeSpacedEllipsis(at, runEnd);
            }

            var k = SkipClosers(runEnd, out var closedQuote);
            if (k >= _end)
            {
                return _end;
            }

            if (ideographic)
            {
                Break(k);
                return BeginSentence(k);
            }

            var w = k;
            var lineBreak = false;
            while (w < _end && char.IsWhiteSpace(_text[w]))
            {
                lineBreak |= TextChars.IsAnyBreak(_text[w]);
                w++;
            }

            if (w >= _end)
            {
                return k;
            }

            bool boundary;
            if (w == k)
            {
                boundary = (strong || dots == 1) && StartsGluedSentence(at, k);
            }
            else
            {
                var next = Classify(w);
                if (strong)
                {
                    boundary = next.Kind is not (StartKind.Lower or StartKind.Punctuation)
                        && !(closedQuote && next.Kind == StartKind.Capitalized && IsAttribution(w));
                }
                else if (dots >= 4)
                {
                    boundary = next.Kind is StartKind.Capitalized or StartKind.Digit or StartKind.Structural or StartKind.Other;
                }
                else if (dots >= 2)
                {
                    boundary = !IsEnclosedEllipsis(at, runEnd)
                        && (next.Kind == StartKind.Structural || (next.Kind == StartKind.Capitalized && !next.IsPronounI));
                }
                else
                {
                    boundary = PeriodEndsSentence(at, k, w, next, lineBreak);
                }
            }

            if (boundary)
            {
                Break(k);
                return BeginSentence(k);
            }

            return k;
        }

        /// <summary><c>word. . . . Next</c>: in the MLA convention the period belongs to the word and the
        /// spaced ellipsis opens the next sentence.</summary>
        private int OnPeriodBeforeSpacedEllipsis(int at, int runEnd)
        {
            var k = SkipClosers(runEnd, out _);
            var w = k;
            while (w < _end && char.IsWhiteSpace(_text[w]))
            {
                w++;
            }

            if (w > k && w < _end && Classify(w).Kind == StartKind.Capitalized)
            {
                Break(at + 1);
                BeginSentence(at + 1);
            }

            return k;
        }

        /// <summary>Reads the run of terminal punctuation from <paramref name="at"/>, including spaced
        /// ellipses (<c>. . .</c>); counts its periods (an ellipsis character counts three).</summary>
        private readonly int ReadTerminalRun(int at, out int dots, out bool strong, out bool ideographic, out bool spaced)
        {
            dots = 0;
            strong = false;
            ideographic = false;
            spaced = false;
            var j = at;
            while (j < _end)
            {
                var c = _text[j];
                if (c == '.')
                {
                    dots++;
                }
                else if (c == '…')
                {
                    dots += 3;
                }
                else if (TextChars.IsStrongTerminal(c))
                {
                    strong = true;
                }
                else if (TextChars.IsIdeographicStop(c))
                {
                    ideographic = true;
                }
                else if (c == ' ' && j > at && _text[j - 1] == '.' && j + 1 < _end && _text[j + 1] == '.')
                {
                    spaced = true;
                }
                else
                {
                    break;
                }

                j++;
            }

            return j;
        }

        /// <summary>Skips closing quotes and brackets after terminal punctuation. A straight quote closes
        /// when space or punctuation follows it, or when a quotation is open in the sentence; otherwise it
        /// opens the next sentence (<c>… soon."They</c> in crawled text).</summary>
        private int SkipClosers(int at, out bool closedQuote)
        {
            closedQuote = false;
            var k = at;
            while (k < _end)
            {
                var c = _text[k];
                var isCloser = TextChars.Closers.Contains(c);
                if (!isCloser && c is '"' or '\'')
                {
                    var followedByWord = k + 1 < _end && char.IsLetterOrDigit(_text[k + 1]);
                    isCloser = !followedByWord || (c == '"' && QuoteIsOpen(k));
                }

                if (!isCloser)
                {
                    break;
                }

                closedQuote |= c is not (')' or ']' or '}');
                k++;
            }

            return k;
        }

        private bool QuoteIsOpen(int at)
        {
            if (at > _quotesCountedTo)
            {
                _quoteCount += _text.AsSpan(_quotesCountedTo, at - _quotesCountedTo).Count('"');
                _quotesCountedTo = at;
            }

            return (_quoteCount & 1) == 1;
        }

        // ---- Decisions ----------------------------------------------------------------------------

        private bool PeriodEndsSentence(int at, int k, int w, NextStart next, bool lineBreak)
        {
            if (next.Kind is StartKind.Lower or StartKind.Punctuation)
            {
                return false;
            }

            switch (ClassifyWordBefore(at, next.Kind == StartKind.Digit))
            {
                case WordKind.Prefix:
                    return false;
                case WordKind.Weak:
                    return next.Kind == StartKind.Structural
                        || next.IsStarter
                        || (lineBreak && next.Kind is StartKind.Capitalized or StartKind.Digit && LineEndsSentence(_lineStart, k - 1, w));
                default:
                    return true;
            }
        }

        /// <summary>What the word before the period at <paramref name="at"/> says about a boundary there.
        /// An abbreviation of <see cref="SegmenterOptions.NumberAbbreviations"/> counts as a prefix when a
        /// number follows (<paramref name="beforeNumber"/>).</summary>
        private readonly WordKind ClassifyWordBefore(int at, bool beforeNumber)
        {
            var wordStart = WordStart(at);
            if (wordStart < 0)
            {
                return WordKind.Ordinary;
            }

            var word = _text.AsSpan(wordStart, at - wordStart);
            if (word.Contains('@') || word.Contains("://", StringComparison.Ordinal) || word.StartsWith("www.", StringComparison.OrdinalIgnoreCase))
            {
                return WordKind.Ordinary;
            }

            if (word.Length == 1 && char.IsUpper(word[0]))
            {
                // "you and I. Did" is the pronoun; "Albert I. Jones" and "George W. Bush" are initials.
                return word[0] == 'I' && PreviousWordIsLowercase(wordStart) ? WordKind.Ordinary : WordKind.Weak;
            }

            // A compound title (Det.-Sgt., Lt.-Gen., ex-Gov.) is judged by its last part.
            var hyphen = word.LastIndexOf('-');
            if (hyphen >= 0 && hyphen < word.Length - 1)
            {
                word = word[(hyphen + 1)..];
            }

            if ((beforeNumber && _owner._numberPrefixes.Contains(word)) || _owner._prefixes.Contains(word))
            {
                return WordKind.Prefix;
            }

            return _owner._abbreviations.Contains(word) || IsDottedAbbreviation(word) ? WordKind.Weak : WordKind.Ordinary;
        }

        /// <summary>The start of the word that ends at <paramref name="at"/>, without leading quotes or
        /// brackets; -1 when there is none or it is too long to be a word (a URL, a run of symbols).</summary>
        private readonly int WordStart(int at)
        {
            var limit = Math.Max(_sentenceStart, at - MaxWordScan);
            var p = at;
            while (p > limit && !char.IsWhiteSpace(_text[p - 1]))
            {
                p--;
            }

            if (p == limit && p > _sentenceStart && !char.IsWhiteSpace(_text[p - 1]))
            {
                return -1;
            }

            while (p < at && !char.IsLetterOrDigit(_text[p]))
            {
                p++;
            }

            return p < at ? p : -1;
        }

        private readonly bool PreviousWordIsLowercase(int wordStart)
        {
            var p = wordStart - 1;
            while (p >= _sentenceStart && (char.IsWhiteSpace(_text[p]) || TextChars.Openers.Contains(_text[p])))
            {
                p--;
            }

            var limit = Math.Max(_sentenceStart, p - MaxWordScan);
            while (p > limit && char.IsLetter(_text[p - 1]))
            {
                p--;
            }

            return p >= _sentenceStart && char.IsLower(_text[p]);
        }

        /// <summary><c>U.S</c>, <c>a.m</c>, <c>Ph.D</c>: two or more parts of one to three letters.</summary>
        private static bool IsDottedAbbreviation(ReadOnlySpan<char> word)
        {
            var parts = 0;
            var length = 0;
            foreach (var c in word)
            {
                if (c == '.')
                {
                    if (length == 0)
                    {
                        return false;
                    }

                    parts++;
                    length = 0;
                }
                else if (char.IsLetter(c) && ++length <= 3)
                {
                    continue;
                }
                else
                {
                    return false;
                }
            }

            return parts >= 1 && length > 0;
        }

        /// <summary>Crawled text often loses the space between sentences: <c>the study.Researchers</c>,
        /// <c>said."They</c>. Split when a plain word ends the first and a capitalised plain word starts the
        /// second; never inside abbreviations, URLs, e-mail addresses, file or domain names.</summary>
        private readonly bool StartsGluedSentence(int at, int k)
        {
            var wordStart = WordStart(at);
            if (wordStart < 0 || at - wordStart < 2)
            {
                return false;
            }

            var word = _text.AsSpan(wordStart, at - wordStart);
            if (word.ContainsAny(s_notInPlainWord) || _owner._prefixes.Contains(word) || _owner._abbreviations.Contains(word)
                || _owner._numberPrefixes.Contains(word))
            {
                return false;
            }

            var w = k;
            if (TextChars.Openers.Contains(_text[w]))
            {
                w++;
            }

            if (w + 1 >= _end || !char.IsUpper(_text[w]) || !char.IsLower(_text[w + 1]))
            {
                return false;
            }

            var limit = Math.Min(_end, w + MaxWordScan);
            for (var p = w; p < limit && !char.IsWhiteSpace(_text[p]); p++)
            {
                var c = _text[p];
                if (c is '@' or '/' or '\\' or '_' or ':' || (c == '.' && p + 1 < _end && char.IsLetterOrDigit(_text[p + 1])))
                {
                    return false;
                }
            }

            return true;
        }

        /// <summary><c>"Who knows?" Smith asked.</c>: a few capitalised words and a verb of speech continue the
        /// sentence of the quotation.</summary>
        private readonly bool IsAttribution(int at)
        {
            var p = at;
            for (var words = 0; words < 5 && p < _end; words++)
            {
                var q = p;
                while (q < _end && q - p < MaxWordScan && (char.IsLetter(_text[q]) || _text[q] is '.' or '-' || TextChars.IsApostrophe(_text[q])))
                {
                    q++;
                }

                if (q == p)
                {
                    return false;
                }

                if (_owner._speechVerbs.Contains(_text.AsSpan(p, q - p).TrimEnd('.')))
                {
                    return true;
                }

                if (!char.IsUpper(_text[p]))
                {
                    return false;
                }

                p = q;
                while (p < _end && _text[p] is ' ' or '\u00A0')
                {
                    p++;
                }
            }

            return false;
        }

        /// <summary>An omission mark in brackets, <c>[...]</c> or <c>(…)</c>, is never a boundary.</summary>
        private readonly bool IsEnclosedEllipsis(int at, int runEnd) =>
            at > _start && _text[at - 1] is '[' or '(' && runEnd < _end && _text[runEnd] is ']' or ')';

        /// <summary>
        /// A line that does not end with terminal punctuation ends a sentence (a headline, a list item, a
        /// line ending in a colon) when the next line starts a new one: it opens with a bullet or a list
        /// marker, or with a capital after a line that does not end in a comma, hyphen or function word and
        /// that is either followed by a clear sentence starter or visibly short (the next word would have fit
        /// on it, so the line was not hard-wrapped).
        /// </summary>
        private bool LineEndsSentence(int lineStart, int last, int first)
        {
            var next = Classify(first);
            if (next.Kind == StartKind.Structural || IsDashBullet(first) || TryReadListMarker(first, out _, out _, out _))
            {
                return true;
            }

            if (next.Kind is not (StartKind.Capitalized or StartKind.Digit))
            {
                return false;
            }

            var end = _text[last];
            if (end is ',' or ';' or '(' or '&' or '/' or '+' || TextChars.IsHyphen(end) || TextChars.IsDash(end))
            {
                return false;
            }

            if (char.IsLetter(end))
            {
                var wordStart = last;
                while (wordStart > lineStart && last - wordStart < MaxWordScan && char.IsLetter(_text[wordStart - 1]))
                {
                    wordStart--;
                }

                if (_owner._continuations.Contains(_text.AsSpan(wordStart, last + 1 - wordStart)))
                {
                    return false;
                }
            }

            if (end == ':' || next.IsStarter)
            {
                return true;
            }

            var width = MaxLineLength();
            if (width < MinWrapWidth)
            {
                return true;
            }

            while (lineStart < last && char.IsWhiteSpace(_text[lineStart]))
            {
                lineStart++;
            }

            return last + 1 - lineStart + 1 + next.ChunkLength <= width;
        }

        private readonly bool IsDashBullet(int at) =>
            at + 1 < _end && _text[at] is '-' or '*' or '\u2013' or '\u2014' && _text[at + 1] is ' ' or '\t';

        // ---- Reading ahead ------------------------------------------------------------------------

        /// <summary>Classifies what starts at <paramref name="at"/> (after space): skips opening quotes and
        /// brackets, then looks at the first word.</summary>
        private readonly NextStart Classify(int at)
        {
            var p = at;
            while (p < _end && TextChars.Openers.Contains(_text[p]))
            {
                p++;
            }

            var chunk = at;
            while (chunk < _end && chunk - at < MaxWordScan && !char.IsWhiteSpace(_text[chunk]))
            {
                chunk++;
            }

            if (p >= _end)
            {
                return new NextStart(StartKind.Other, false, false, chunk - at);
            }

            var c = _text[p];
            if (char.IsLetter(_text, p))
            {
                var q = p + 1;
                var hasUpper = false;
                while (q < _end && q - p < MaxWordScan && char.IsLetter(_text[q]))
                {
                    hasUpper |= char.IsUpper(_text[q]);
                    q++;
                }

                if (char.IsLower(c))
                {
                    // iPhone, eBay: a lower-case brand name still starts a sentence.
                    return new NextStart(hasUpper ? StartKind.Capitalized : StartKind.Lower, false, false, chunk - at);
                }

                var word = _text.AsSpan(p, q - p);
                var isUpper = char.IsUpper(c);
                return new NextStart(
                    StartKind.Capitalized,
                    isUpper && _owner._starters.Contains(word),
                    word is "I",
                    chunk - at);
            }

            var kind = char.IsDigit(c) ? StartKind.Digit
                : TextChars.IsBullet(c) ? StartKind.Structural
                : c is ',' or ';' or ':' or ')' or ']' or '}' || TextChars.IsHyphen(c) || TextChars.IsDash(c)
                    || TextChars.IsTerminal(c) || TextChars.Closers.Contains(c) ? StartKind.Punctuation
                : StartKind.Other;
            return new NextStart(kind, false, false, chunk - at);
        }

        /// <summary>Reads a list marker at <paramref name="at"/>: one or two digits or one letter, then
        /// <c>.</c>, <c>)</c> or <c>.)</c>, then space. A letter with a period must be lower case, so that
        /// an initial (<c>A. Smith</c>) is not a marker.</summary>
        private readonly bool TryReadListMarker(int at, out int end, out int label, out MarkerStyle style)
        {
            end = at;
            label = 0;
            style = MarkerStyle.Dot;
            if (at >= _end)
            {
                return false;
            }

            var q = at;
            if (char.IsAsciiDigit(_text[q]))
            {
                while (q < _end && q - at < 3 && char.IsAsciiDigit(_text[q]))
                {
                    label = (label * 10) + (_text[q] - '0');
                    q++;
                }

                if (q - at > 2)
                {
                    return false;
                }
            }
            else if (char.IsAsciiLetter(_text[q]) && q + 1 < _end && (char.IsAsciiLetterLower(_text[q]) || _text[q + 1] == ')'))
            {
                label = _text[q];
                q++;
            }
            else
            {
                return false;
            }

            if (q + 1 < _end && _text[q] == '.' && _text[q + 1] == ')')
            {
                style = MarkerStyle.DotParen;
                q += 2;
            }
            else if (q < _end && _text[q] is '.' or ')')
            {
                style = _text[q] == '.' ? MarkerStyle.Dot : MarkerStyle.Paren;
                q++;
            }
            else
            {
                return false;
            }

            if (q >= _end || !char.IsWhiteSpace(_text[q]))
            {
                return false;
            }

            end = q;
            return true;
        }

        /// <summary>Inside a list item, finds the next item of the same list on the same line
        /// (<c>1. First item 2. Second item</c>): a space, the next label, the same style, a space.</summary>
        private void FindNextItem(int from, int label, MarkerStyle style)
        {
            Span<char> pattern = stackalloc char[8];
            pattern[0] = ' ';
            var length = 1;
            if (label >= 'A')
            {
                if (label is 'z' or 'Z')
                {
                    return;
                }

                pattern[length++] = (char)(label + 1);
            }
            else
            {
                (label + 1).TryFormat(pattern[length..], out var digits, provider: System.Globalization.CultureInfo.InvariantCulture);
                length += digits;
            }

            if (style != MarkerStyle.Paren)
            {
                pattern[length++] = '.';
            }

            if (style != MarkerStyle.Dot)
            {
                pattern[length++] = ')';
            }

            pattern = pattern[..length];
            var limit = Math.Min(_end, from + _owner._maxSentenceChars);
            var offset = from;
            while (offset < limit)
            {
                var index = _text.AsSpan(offset, limit - offset).IndexOf(pattern);
                if (index < 0)
                {
                    return;
                }

                var after = offset + index + length;
                if (after < _end && char.IsWhiteSpace(_text[after]))
                {
                    _nextItem = offset + index;
                    return;
                }

                offset += index + 1;
            }
        }

        // ---- Small helpers ------------------------------------------------------------------------

        private readonly int LastContent(int before)
        {
            var p = before - 1;
            while (p >= _sentenceStart && char.IsWhiteSpace(_text[p]))
            {
                p--;
            }

            return p >= _sentenceStart ? p : -1;
        }

        private readonly bool EndsWithTerminal(int last)
        {
            var p = last;
            while (p > _sentenceStart && (TextChars.Closers.Contains(_text[p]) || _text[p] is '"' or '\''))
            {
                p--;
            }

            return TextChars.IsTerminal(_text[p]);
        }

        /// <summary>The widest line of the range, measured once and only when a line break needs it.</summary>
        private int MaxLineLength()
        {
            if (_maxLineLength >= 0)
            {
                return _maxLineLength;
            }

            var max = 0;
            var p = _start;
            while (p < _end)
            {
                var relative = _text.AsSpan(p, _end - p).IndexOfAny(s_breaks);
                var lineEnd = relative < 0 ? _end : p + relative;
                max = Math.Max(max, _text.AsSpan(p, lineEnd - p).Trim().Length);
                p = lineEnd + 1;
            }

            _maxLineLength = max;
            return max;
        }
    }
}
