using System.Buffers;
using System.Globalization;

namespace Crosswire.Text.Segmentation;

/// <summary>Character classes shared by the segmenter and the tokenizer (Unicode quotes, dashes, bullets).</summary>
internal static class TextChars
{
    /// <summary>Characters that introduce a list item when they stand before it.</summary>
    public const string Bullets = "•‣⁃◦▪▫■□●○►▶◆◇➢➤";

    /// <summary>Every character for which <see cref="char.IsWhiteSpace(char)"/> is true.</summary>
    public static readonly SearchValues<char> WhiteSpace = SearchValues.Create(
        "\t\n\v\f\r \u0085\u00A0\u1680\u2000\u2001\u2002\u2003\u2004\u2005\u2006\u2007\u2008\u2009\u200A\u2028\u2029\u202F\u205F\u3000");

    /// <summary>Characters that may open a sentence before its first word: quotes and brackets.</summary>
    public static readonly SearchValues<char> Openers = SearchValues.Create("\"'“‘„‚«‹([{¿¡");

    /// <summary>Characters that always close: curly closing quotes, guillemets and brackets.</summary>
    public static readonly SearchValues<char> Closers = SearchValues.Create("”’»›)]}");

    public static bool IsTerminal(char c) => c is '.' or '?' or '!' or '…' or '‽' or '⁇' or '⁈' or '⁉' or '。' or '！' or '？' or '｡';

    public static bool IsStrongTerminal(char c) => c is '?' or '!' or '‽' or '⁇' or '⁈' or '⁉' or '！' or '？';

    public static bool IsIdeographicStop(char c) => c is '。' or '｡';

    /// <summary>A line break that does not by itself end a paragraph.</summary>
    public static bool IsLineBreak(char c) => c is '\n' or '\r' or '\u0085' or '\u2028' or '\v';

    /// <summary>A character that always ends a paragraph.</summary>
    public static bool IsParagraphBreak(char c) => c is '\u2029' or '\f';

    public static bool IsAnyBreak(char c) => IsLineBreak(c) || IsParagraphBreak(c);

    public static bool IsBullet(char c) => c >= '•' && Bullets.Contains(c);

    /// <summary>Apostrophes: ASCII, right single quote (the usual typographic apostrophe) and modifier letter.</summary>
    public static bool IsApostrophe(char c) => c is '\'' or '’' or 'ʼ';

    /// <summary>Hyphens that join the parts of a word.</summary>
    public static bool IsHyphen(char c) => c is '-' or '\u2010' or '\u2011';

    /// <summary>Dashes and the minus sign (never inside a word).</summary>
    public static bool IsDash(char c) => c is '\u2012' or '\u2013' or '\u2014' or '\u2015' or '\u2212';

    public static bool IsCurrency(char c) =>
        c == '$' || (c >= '\u00A2' && char.GetUnicodeCategory(c) == UnicodeCategory.CurrencySymbol);
}
