using Crosswire.Core.Documents;
using Xunit;

namespace Crosswire.Core.Tests;

public sealed class TextSpanTests
{
    [Fact]
    public void TextSpan_FromBoundsRoundTrips()
    {
        var span = TextSpan.FromBounds(3, 10);
        Assert.Equal(3, span.Start);
        Assert.Equal(7, span.Length);
        Assert.Equal(10, span.End);
    }

    [Fact]
    public void TextSpan_ContainsAndOverlaps()
    {
        var outer = new TextSpan(0, 10);
        Assert.True(outer.Contains(new TextSpan(2, 3)));
        Assert.False(outer.Contains(new TextSpan(8, 3)));
        Assert.True(outer.Overlaps(new TextSpan(8, 3)));
        Assert.False(outer.Overlaps(new TextSpan(10, 3)));
    }

    [Fact]
    public void Article_SliceReturnsOriginalCharacters()
    {
        var article = new Article { Id = "a1", Text = "Harbour closes. Ferries stop." };
        Assert.Equal("Ferries stop.", article.Slice(new TextSpan(16, 13)));
    }
}
