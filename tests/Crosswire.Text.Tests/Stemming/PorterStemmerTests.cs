using Crosswire.Text.Stemming;
using Xunit;

namespace Crosswire.Text.Tests.Stemming;

public sealed class PorterStemmerTests
{
    [Theory]
    [InlineData("caresses", "caress")]
    [InlineData("ponies", "poni")]
    [InlineData("hopping", "hop")]
    [InlineData("hoping", "hope")]
    [InlineData("relational", "relat")]
    [InlineData("generalization", "gener")]
    [InlineData("apology", "apologi")]
    [InlineData("sensibly", "sensibli")]
    [InlineData("argument", "argument")]
    [InlineData("agreement", "agreement")]
    [InlineData("as", "a")]
    public void PorterStemmer_OriginalFollowsThePublishedAlgorithm(string word, string stem) =>
        Assert.Equal(stem, PorterStemmer.Original.Stem(word));

    [Theory]
    [InlineData("apology", "apolog")]
    [InlineData("sensibly", "sensibl")]
    [InlineData("argument", "argum")]
    [InlineData("agreement", "agreem")]
    [InlineData("fundamental", "fundam")]
    [InlineData("provisional", "provis")]
    [InlineData("yelling", "yell")]
    [InlineData("says", "sai")]
    [InlineData("as", "as")]
    [InlineData("by", "by")]
    public void PorterStemmer_Rouge155KeepsTheScriptsDepartures(string word, string stem) =>
        Assert.Equal(stem, PorterStemmer.Rouge155.Stem(word));

    [Fact]
    public void PorterStemmer_ReturnsTheSameInstanceWhenNothingChanges()
    {
        var word = new string("harbour".AsSpan());
        Assert.Same(word, PorterStemmer.Original.Stem(word));
        Assert.Same(word, EnglishStemmer.Instance.Stem(word));
    }

    [Fact]
    public void PorterStemmer_StemsInPlace()
    {
        var buffer = "ferries".ToCharArray();
        var length = PorterStemmer.Original.Stem(buffer, buffer);
        Assert.Equal("ferri", new string(buffer, 0, length));
    }

    [Fact]
    public void PorterStemmer_RejectsADestinationShorterThanTheWord()
    {
        var destination = new char[3];
        Assert.Throws<ArgumentException>(() => PorterStemmer.Original.Stem("harbours", destination));
    }

    [Fact]
    public void PorterStemmer_StemsWordsLongerThanTheStackBuffer()
    {
        var stem = "re" + new string('x', 300);
        Assert.Equal(stem, PorterStemmer.Original.Stem(stem + "ed"));
        Assert.Equal(stem, EnglishStemmer.Instance.Stem(stem + "ed"));
    }

    [Fact]
    public void PorterStemmer_RejectsAnUnknownVariant() =>
        Assert.Throws<ArgumentOutOfRangeException>(() => new PorterStemmer((PorterVariant)7));
}
