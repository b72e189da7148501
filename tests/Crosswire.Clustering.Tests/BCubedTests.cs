using Crosswire.Clustering;
using Crosswire.Core.Errors;
using Xunit;

namespace Crosswire.Clustering.Tests;

public sealed class BCubedTests
{
    private static Dictionary<string, string> Clusters(params (string Item, string Cluster)[] pairs) =>
        pairs.ToDictionary(pair => pair.Item, pair => pair.Cluster, StringComparer.Ordinal);

    [Fact]
    public void BCubed_PerfectClusteringScoresOne()
    {
        var gold = Clusters(("a", "g1"), ("b", "g1"), ("c", "g2"));
        var score = BCubed.Score(gold, Clusters(("a", "x"), ("b", "x"), ("c", "y")));
        Assert.Equal(1.0, score.Precision);
        Assert.Equal(1.0, score.Recall);
        Assert.Equal(1.0, score.F1);
        Assert.Equal(3, score.Items);
    }

    [Fact]
    public void BCubed_HandComputedExample()
    {
        // Gold {a,b,c} {d,e}; predicted {a,b} {c,d,e}.
        // Precision: a,b 1; c 1/3; d,e 2/3 → (2 + 1/3 + 4/3) / 5 = 11/15.
        // Recall: a,b 2/3; c 1/3; d,e 1 → (4/3 + 1/3 + 2) / 5 = 11/15.
        var gold = Clusters(("a", "g1"), ("b", "g1"), ("c", "g1"), ("d", "g2"), ("e", "g2"));
        var predicted = Clusters(("a", "p1"), ("b", "p1"), ("c", "p2"), ("d", "p2"), ("e", "p2"));
        var score = BCubed.Score(gold, predicted);
        Assert.Equal(11.0 / 15, score.Precision, 12);
        Assert.Equal(11.0 / 15, score.Recall, 12);
        Assert.Equal(11.0 / 15, score.F1, 12);
    }

    [Fact]
    public void BCubed_AllSingletonsAndOneLumpAreTheExtremes()
    {
        var gold = Clusters(("a", "g1"), ("b", "g1"), ("c", "g2"), ("d", "g2"));
        var singletons = BCubed.Score(gold, Clusters(("a", "1"), ("b", "2"), ("c", "3"), ("d", "4")));
        Assert.Equal(1.0, singletons.Precision);
        Assert.Equal(0.5, singletons.Recall);
        var lump = BCubed.Score(gold, Clusters(("a", "x"), ("b", "x"), ("c", "x"), ("d", "x")));
        Assert.Equal(0.5, lump.Precision);
        Assert.Equal(1.0, lump.Recall);
    }

    [Fact]
    public void BCubed_MismatchedItemsAreE173()
    {
        var gold = Clusters(("a", "g1"), ("b", "g1"));
        Assert.Equal("E173", Assert.Throws<CrosswireException>(() => BCubed.Score(gold, Clusters(("a", "x")))).Code);
        Assert.Equal("E173", Assert.Throws<CrosswireException>(() => BCubed.Score(gold, Clusters(("a", "x"), ("b", "x"), ("c", "y")))).Code);
        Assert.Equal("E173", Assert.Throws<CrosswireException>(() => BCubed.Score(Clusters(), Clusters())).Code);
    }
}
