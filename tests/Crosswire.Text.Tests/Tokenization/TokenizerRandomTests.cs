using Crosswire.Core.Documents;
using Crosswire.Text.Tests.Segmentation;
using Crosswire.Text.Tokenization;
using Xunit;

namespace Crosswire.Text.Tests.Tokenization;

/// <summary>Random and pathological input: no crash, every token maps back, nothing but separators lost.</summary>
public sealed class TokenizerRandomTests
{
    private static readonly string[] s_pieces =
    [
        "a", "Zed", "port", "I", "U.S", "e.g", "1", "25", "3.5", " ", " ", "\n", "\t", ".", ",", "?", "!", "…", "'", "’",
        "s", "\"", "“", "-", "‑", "—", "–", "_", "(", ")", "@", "/", "://", "http", "www.", ".com", ".org", "$", "£", "%",
        "#", "&", "😀", "🏽", "🇬", "\u200D", "\uFE0F", "\u00AD", "\u200B", "\u0001", "\uD800", "\uDC00", "é", "\u0301",
        "東", "١", ":",
    ];

    [Fact]
    public void Tokenizer_RandomInputKeepsContract()
    {
        var random = new Random(11);
        var tokenizer = new Tokenizer();
        for (var iteration = 0; iteration < 5_000; iteration++)
        {
            var text = RandomText.Build(s_pieces, random, random.Next(0, 120));
            var start = random.Next(0, text.Length + 1);
            var range = TextSpan.FromBounds(start, random.Next(start, text.Length + 1));
            var sink = System.Collections.Immutable.ImmutableArray.CreateBuilder<Token>();
            tokenizer.Tokenize(text, range, sink);
            TokenizerInvariants.Check(text, range, sink);
        }
    }

    [Fact]
    public void Tokenizer_HugeRandomInputKeepsContract()
    {
        var text = RandomText.Build(s_pieces, new Random(5), 300_000);
        TokenizerInvariants.Check(text, new TextSpan(0, text.Length), new Tokenizer().Tokenize(text));
    }

    [Theory]
    [InlineData("a.")]
    [InlineData("a@")]
    [InlineData("x")]
    [InlineData("1,")]
    [InlineData("a-")]
    [InlineData("www.")]
    [InlineData("a.com/")]
    [InlineData("😀")]
    [InlineData("\u200D")]
    [InlineData("'s")]
    public void Tokenizer_RepetitiveInputKeepsContract(string unit)
    {
        var text = string.Concat(Enumerable.Repeat(unit, 400_000 / unit.Length));
        TokenizerInvariants.Check(text, new TextSpan(0, text.Length), new Tokenizer().Tokenize(text));
    }
}
