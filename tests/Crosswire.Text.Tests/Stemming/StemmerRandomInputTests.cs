using Crosswire.Text.Stemming;
using Xunit;

namespace Crosswire.Text.Tests.Stemming;

/// <summary>Random words, including characters a stemmer never expects: no crash, never longer than the
/// word, and the span and string overloads agree.</summary>
public sealed class StemmerRandomInputTests
{
    private const string Alphabet = "aeiouyybcdglmnprstwxzY'’-09é";

    [Fact]
    public void Stemmers_HandleRandomWords()
    {
        var random = new Random(2004);
        Span<char> buffer = stackalloc char[64];
        IStemmer[] stemmers = [PorterStemmer.Original, PorterStemmer.Rouge155, EnglishStemmer.Instance];
        for (var round = 0; round < 20_000; round++)
        {
            var word = new string([.. Enumerable.Range(0, random.Next(0, 14)).Select(_ => Alphabet[random.Next(Alphabet.Length)])]);
            foreach (var stemmer in stemmers)
            {
                var length = stemmer.Stem(word, buffer);
                Assert.InRange(length, 0, word.Length);
                Assert.Equal(stemmer.Stem(word), buffer[..length].ToString());
            }
        }
    }
}
