namespace Crosswire.Core.Documents;

/// <summary>What kind of characters a <see cref="Token"/> covers.</summary>
public enum TokenKind : byte
{
    /// <summary>A word, including contractions (<c>don't</c>), possessives and hyphenated words.</summary>
    Word,

    /// <summary>A number: <c>1,000</c>, <c>3.5</c>, <c>1950-53</c>, <c>20%</c>, ordinals like <c>21st</c>.</summary>
    Number,

    /// <summary>Punctuation: <c>. , ; : ! ? " ' ( ) — …</c>.</summary>
    Punctuation,

    /// <summary>Any other symbol: currency signs, <c>&amp;</c>, <c>#</c>, emoji.</summary>
    Symbol,

    /// <summary>A URL (<c>https://…</c>, <c>www.…</c>).</summary>
    Url,

    /// <summary>An e-mail address.</summary>
    Email,
}

/// <summary>A token: a view of a span of the article's text with its kind.</summary>
/// <param name="Span">Characters of the token in <see cref="Article.Text"/>.</param>
/// <param name="Kind">Kind of token.</param>
public readonly record struct Token(TextSpan Span, TokenKind Kind)
{
    /// <summary>True for words and numbers: the tokens that carry content.</summary>
    public bool IsWordLike => Kind is TokenKind.Word or TokenKind.Number;
}
