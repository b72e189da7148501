using Crosswire.Text.Stemming;
using Xunit;

namespace Crosswire.Text.Tests.Stemming;

public sealed class EnglishStemmerTests
{
    [Theory]
    [InlineData("ferries", "ferri")]
    [InlineData("ties", "tie")]
    [InlineData("dying", "die")]
    [InlineData("inning", "inning")]
    [InlineData("succeeded", "succeed")]
    [InlineData("generously", "generous")]
    [InlineData("international", "internat")]
    [InlineData("pasted", "paste")]
    [InlineData("skies", "sky")]
    [InlineData("harbour's", "harbour")]
    [InlineData("'tis", "tis")]
    [InlineData("news", "news")]
    [InlineData("at", "at")]
    public void EnglishStemmer_FollowsPorter2(string word, string stem) =>
        Assert.Equal(stem, EnglishStemmer.Instance.Stem(word));

    [Fact]
    public void EnglishStemmer_SpanOverloadWritesTheStem()
    {
        Span<char> destination = stackalloc char[16];
        var length = EnglishStemmer.Instance.Stem("reporting", destination);
        Assert.Equal("report", destination[..length].ToString());
    }
}
