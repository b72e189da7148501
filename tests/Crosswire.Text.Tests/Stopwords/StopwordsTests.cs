using System.Text.RegularExpressions;
using Crosswire.TestKit;
using Xunit;

namespace Crosswire.Text.Tests;

public sealed class StopwordsTests
{
    [Theory]
    [InlineData("the")]
    [InlineData("of")]
    [InlineData("and")]
    [InlineData("she")]
    [InlineData("would")]
    [InlineData("between")]
    [InlineData("they're")]
    public void Stopwords_HoldsFunctionWords(string word) => Assert.True(Stopwords.English.IsStopword(word));

    [Theory]
    [InlineData("said")]
    [InlineData("says")]
    [InlineData("told")]
    [InlineData("not")]
    [InlineData("no")]
    [InlineData("never")]
    [InlineData("don't")]
    [InlineData("against")]
    [InlineData("up")]
    [InlineData("down")]
    [InlineData("two")]
    [InlineData("mr")]
    [InlineData("harbour")]
    [InlineData("")]
    public void Stopwords_KeepsReportingVerbsNegationsAndContentOut(string word) =>
        Assert.False(Stopwords.English.IsStopword(word));

    [Fact]
    public void Stopwords_IgnoresCaseAndTypographicApostrophes()
    {
        Assert.True(Stopwords.English.IsStopword("The"));
        Assert.True(Stopwords.English.IsStopword("THEY’RE"));
        Assert.True(Stopwords.English.IsStopword("ferries of the harbour".AsSpan(8, 2)));
    }

    [Fact]
    public void Stopwords_BuildsCustomSets()
    {
        var custom = new Stopwords(["harbour", "ferry’s"]);

        Assert.Equal(2, custom.Count);
        Assert.True(custom.IsStopword("Harbour"));
        Assert.True(custom.IsStopword("ferry's"));
        Assert.False(custom.IsStopword("the"));
    }

    [Fact]
    public void Stopwords_EveryEnglishWordIsExplainedInTheDocumentation()
    {
        var documentation = File.ReadAllText(Path.Combine(RepoPaths.Root, "docs", "stopwords.md"));
        var section = documentation[..documentation.IndexOf("## Kept out", StringComparison.Ordinal)];
        var documented = Regex.Matches(section, "`([^`]+)`").Select(match => match.Groups[1].Value)
            .Where(word => !word.Contains('.', StringComparison.Ordinal) && !word.Contains('/', StringComparison.Ordinal))
            .ToHashSet();

        Assert.Empty(Stopwords.English.Words.Except(documented));
        Assert.Empty(documented.Except(Stopwords.English.Words).Except(["’", "'"]));
    }
}
