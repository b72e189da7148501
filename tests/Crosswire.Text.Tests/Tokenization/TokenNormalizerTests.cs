using Crosswire.Text.Tokenization;
using Xunit;

namespace Crosswire.Text.Tests.Tokenization;

public sealed class TokenNormalizerTests
{
    [Theory]
    [InlineData("Harbour", "harbour")]
    [InlineData("U.S.", "u.s.")]
    [InlineData("ÉLAN", "élan")]
    [InlineData("Ada’s", "ada's")]
    [InlineData("‘quoted’", "'quoted'")]
    [InlineData("“Quoted”", "\"quoted\"")]
    [InlineData("1950–53", "1950-53")]
    [InlineData("non\u2011stop", "non-stop")]
    [InlineData("—", "-")]
    [InlineData("re\u00ADport", "report")]
    [InlineData("tide\u200B", "tide")]
    public void TokenNormalizer_FoldsCaseQuotesAndDashes(string token, string expected) =>
        Assert.Equal(expected, TokenNormalizer.Normalize(token));

    [Fact]
    public void TokenNormalizer_ReturnsSameInstanceWhenAlreadyNormalized()
    {
        var token = string.Concat("har", "bour");
        Assert.Same(token, TokenNormalizer.Normalize(token));
        Assert.True(TokenNormalizer.IsNormalized("don't"));
        Assert.False(TokenNormalizer.IsNormalized("don’t"));
    }

    [Fact]
    public void TokenNormalizer_WritesIntoSpan()
    {
        Span<char> destination = stackalloc char[16];
        var written = TokenNormalizer.Normalize("Re\u00ADPort’s", destination);
        Assert.Equal("report's", destination[..written].ToString());
    }

    [Fact]
    public void TokenNormalizer_RejectsShortDestination() =>
        Assert.Throws<ArgumentException>(() => TokenNormalizer.Normalize("Harbour", new char[3]));

    [Fact]
    public void TokenNormalizer_NormalizesLongTokens()
    {
        var token = new string('A', 1_000) + "’";
        Assert.Equal(new string('a', 1_000) + "'", TokenNormalizer.Normalize(token));
    }
}
