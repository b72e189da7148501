using System.Security.Cryptography;
using System.Text;
using Crosswire.Storage.Hashing;
using Xunit;

namespace Crosswire.Storage.Tests;

public sealed class ContentHasherTests
{
    [Fact]
    public void ContentHasher_IsSha256OfFoldedCollapsedText()
    {
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes("the ferry to holm sailed late.")));
        Assert.Equal(expected, ContentHasher.Hash("  The Ferry\tto  HOLM\r\n\r\nsailed late.\n").Hex);
    }

    [Fact]
    public void ContentHasher_IgnoresCaseAndWhiteSpaceOnly()
    {
        var text = "Gales closed the Brannock bridge on Tuesday, the council said.";
        Assert.Equal(ContentHasher.Hash(text), ContentHasher.Hash(text.ToUpperInvariant().Replace(" ", "  \n", StringComparison.Ordinal)));
        Assert.NotEqual(ContentHasher.Hash(text), ContentHasher.Hash(text.Replace("Tuesday", "Monday", StringComparison.Ordinal)));
        Assert.NotEqual(ContentHasher.Hash(text), ContentHasher.Hash(text.TrimEnd('.')));
        Assert.NotEqual(ContentHasher.Hash("ab"), ContentHasher.Hash("a b"));
    }

    [Fact]
    public void ContentHasher_HandlesLongAndNonAsciiText()
    {
        var paragraph = "Ärztin Zoë Øster said the 🌊 tide reached the quay wall. ";
        var long1 = string.Concat(Enumerable.Repeat(paragraph, 2000));
        var long2 = string.Concat(Enumerable.Repeat(paragraph.ToUpperInvariant() + "\n", 2000));
        Assert.Equal(ContentHasher.Hash(long1), ContentHasher.Hash(long2));
        var expected = Convert.ToHexStringLower(SHA256.HashData(Encoding.UTF8.GetBytes(long1.ToLowerInvariant().TrimEnd())));
        Assert.Equal(expected, ContentHasher.Hash(long1).Hex);
    }

    [Fact]
    public void ContentHash_RoundTripsThroughBytesAndHex()
    {
        var hash = ContentHasher.Hash("A short note.");
        Assert.Equal(hash, ContentHash.FromBytes(hash.ToBytes()));
        Assert.Equal(hash, ContentHash.FromHex(hash.Hex.ToUpperInvariant()));
        Assert.Throws<ArgumentException>(() => ContentHash.FromBytes(new byte[5]));
    }
}
