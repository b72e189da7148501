using Crosswire.Text.Stemming;
using Crosswire.TestKit;
using Xunit;

namespace Crosswire.Text.Tests.Stemming;

/// <summary>The Snowball project's vocabularies: every word and its expected stem, written by others.</summary>
public sealed class StemmerVocabularyTests
{
    [Fact]
    public void PorterStemmer_MatchesEveryLineOfThePorterVocabulary() =>
        AssertVocabulary(PorterStemmer.Original, "stemmers/porter");

    [Fact]
    public void EnglishStemmer_MatchesEveryLineOfTheEnglishVocabulary() =>
        AssertVocabulary(EnglishStemmer.Instance, "stemmers/english");

    [Fact]
    public void PorterStemmer_SpanOverloadAgreesWithStringOverloadOverThePorterVocabulary()
    {
        var words = File.ReadAllLines(SharedData.Require("stemmers/porter/voc.txt"));
        Span<char> buffer = stackalloc char[256];
        foreach (var stemmer in new IStemmer[] { PorterStemmer.Original, PorterStemmer.Rouge155, EnglishStemmer.Instance })
        {
            foreach (var word in words)
            {
                var length = stemmer.Stem(word, buffer);
                Assert.Equal(stemmer.Stem(word), new string(buffer[..length]));
            }
        }
    }

    private static void AssertVocabulary(IStemmer stemmer, string folder)
    {
        // Empty lines are real entries (the stem of "s" is ""), so the files are read whole.
        var words = File.ReadAllLines(SharedData.Require(folder + "/voc.txt"));
        var expected = File.ReadAllLines(SharedData.Require(folder + "/output.txt"));
        Assert.Equal(words.Length, expected.Length);

        var mismatches = new List<string>();
        for (var i = 0; i < words.Length; i++)
        {
            var actual = stemmer.Stem(words[i]);
            if (actual != expected[i])
            {
                mismatches.Add($"line {i + 1}: '{words[i]}' -> '{actual}', expected '{expected[i]}'");
            }
        }

        TestContext.Current.TestOutputHelper?.WriteLine(
            $"{stemmer.GetType().Name} over {folder}: {words.Length - mismatches.Count} of {words.Length} lines match, {mismatches.Count} mismatches");
        Assert.True(mismatches.Count == 0,
            $"{mismatches.Count} mismatches of {words.Length}:\n" + string.Join('\n', mismatches.Take(40)));
    }
}
