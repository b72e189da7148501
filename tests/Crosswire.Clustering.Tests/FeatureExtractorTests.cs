using Crosswire.Clustering;
using Crosswire.Core.Errors;
using Xunit;
using static Crosswire.Clustering.Tests.ClusteringKit;

namespace Crosswire.Clustering.Tests;

public sealed class FeatureExtractorTests
{
    [Fact]
    public void FeatureExtractor_FindsStemmedTermsAndNames()
    {
        var features = Features(FerryStrike, "f1");
        var terms = features.Terms.Select(term => term.Term).ToList();
        var names = features.Names.Select(name => name.Term).ToList();
        Assert.Contains("ferri", terms);
        Assert.Contains("strike", terms);
        Assert.DoesNotContain("the", terms);
        Assert.Contains("tomas orbeck", names);
        Assert.Contains("orbeck", names);
        Assert.Contains("meridian ferry company", names);
        Assert.DoesNotContain("tuesday", names);
        Assert.Equal(terms.Order(StringComparer.Ordinal), terms);
        Assert.Equal(64, features.Signature.Length);
    }

    [Fact]
    public void FeatureExtractor_ContentHashIgnoresCaseAndPunctuation()
    {
        var original = Features(FerryStrike, "f1");
        var shouted = Features(FerryStrike.ToUpperInvariant().Replace(".", " !"), "f2");
        Assert.Equal(original.ContentHash, shouted.ContentHash);
        Assert.NotEqual(original.ContentHash, Features(FerryStrikeFollowUp, "f3").ContentHash);
    }

    [Fact]
    public void FeatureExtractor_OneWordArticleHasNoSignature()
    {
        var features = Features("Developing.", "w1");
        Assert.True(features.Signature.IsEmpty);
        Assert.True(features.TermCount <= 1);
    }

    [Fact]
    public void ArticleFeatures_SerializeRoundTrips()
    {
        var published = new DateTimeOffset(2031, 5, 4, 10, 30, 0, TimeSpan.FromHours(2));
        var features = Features(FerryStrike, "f1", title: "Ferry crews strike", published: published);
        var copy = ArticleFeatures.Deserialize(features.Serialize());
        Assert.Equal(features, copy);
        Assert.Equal(published.Offset, copy.Published!.Value.Offset);
        var undated = Features("Short note.", "n1");
        Assert.Equal(undated, ArticleFeatures.Deserialize(undated.Serialize()));
    }

    [Fact]
    public void ArticleFeatures_BadBytesAreRejectedWithE171()
    {
        var bytes = Features(FerryStrike, "f1").Serialize();
        var truncated = Assert.Throws<CrosswireException>(() => ArticleFeatures.Deserialize(bytes.AsSpan(0, bytes.Length / 2), "row 7"));
        Assert.Equal("E171", truncated.Code);
        Assert.Contains("row 7", truncated.Message, StringComparison.Ordinal);
        bytes[0] = 99;
        Assert.Equal("E171", Assert.Throws<CrosswireException>(() => ArticleFeatures.Deserialize(bytes)).Code);
        Assert.Equal("E171", Assert.Throws<CrosswireException>(() => ArticleFeatures.Deserialize([])).Code);
    }

    [Fact]
    public void FeatureOptions_OutOfRangeIsE172()
    {
        var error = Assert.Throws<CrosswireException>(() => new FeatureExtractor(new FeatureOptions { SignatureSize = 3 }));
        Assert.Equal("E172", error.Code);
        Assert.Equal("E172", Assert.Throws<CrosswireException>(() => new StoryClusterer(new ClusteringOptions { JoinThreshold = 0 })).Code);
    }
}
