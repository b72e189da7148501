using Crosswire.Comparison.Tests.Kit;
using Crosswire.Comparison.Values;
using Xunit;

namespace Crosswire.Comparison.Tests.Values;

public sealed class ValueRecognizerTests
{
    private readonly ITestOutputHelper _output;

    public ValueRecognizerTests(ITestOutputHelper output) => _output = output;

    private static RecognizedValue Single(string sentence) => Assert.Single(ValueRecognizer.Default.Recognize(sentence));

    [Theory]
    [InlineData("Police said nine people were held.", "9", "people")]
    [InlineData("Fifty-seven emails were released.", "57", "emails")]
    [InlineData("A crowd of 18,400 watched.", "18400", null)]
    [InlineData("They ordered a dozen pumps.", "12", "pumps")]
    [InlineData("The 212-page report was late.", "212", "page")]
    [InlineData("It found 11 previously unknown beetles there.", "11", "beetles")]
    [InlineData("Three women carrying crowbars broke in.", "3", "women")]
    [InlineData("Six crates holding bottles were seized.", "6", "crates")]
    [InlineData("Nine water-bombing aircraft flew in.", "9", "aircraft")]
    public void Recognizer_ReadsCounts(string sentence, string normalized, string? counted)
    {
        var value = Single(sentence);
        Assert.Equal(ValueKind.Count, value.Kind);
        Assert.Equal(normalized, value.Normalized);
        Assert.Equal(counted, value.Counted);
    }

    [Theory]
    [InlineData("Each share is worth 245p in cash.", "2.45 GBP")]
    [InlineData("The deal is worth NZ$1.2bn in all.", "1200000000 NZD")]
    [InlineData("The vase sold for €2.1 million.", "2100000 EUR")]
    [InlineData("They demanded $4 million.", "4000000 USD")]
    [InlineData("He took £412,000 from the fund.", "412000 GBP")]
    [InlineData("The ticket cost ¥3,000.", "3000 JPY")]
    [InlineData("Shareholders get 310 pence a share.", "3.1 GBP")]
    public void Recognizer_ReadsMoneyWithCurrency(string sentence, string normalized)
    {
        var value = Single(sentence);
        Assert.Equal(ValueKind.Money, value.Kind);
        Assert.Equal(normalized, value.Normalized);
    }

    [Theory]
    [InlineData("Turnout rose 22 per cent.", "22 %")]
    [InlineData("Turnout rose 22%.", "22 %")]
    [InlineData("The probe dived to 3,200 metres.", "3200 m")]
    [InlineData("The probe dived to 3.2 kilometres.", "3200 m")]
    [InlineData("The 310m mast was lit.", "310 m")]
    [InlineData("Fire burned 4,500 hectares of scrub.", "4500 ha")]
    [InlineData("Fire burned 45 square kilometres of scrub.", "4500 ha")]
    [InlineData("She was jailed for six years and eight months.", "P6Y8M")]
    [InlineData("She was jailed for seven years.", "P7Y")]
    [InlineData("The voyage lasted 38 days.", "P38D")]
    [InlineData("The voyage lasted six weeks.", "P42D")]
    [InlineData("The meeting ran for two hours.", "PT2H")]
    [InlineData("They debated for 14 hours.", "PT14H")]
    public void Recognizer_NormalisesQuantities(string sentence, string normalized) =>
        Assert.Equal(normalized, Single(sentence).Normalized);

    [Theory]
    [InlineData("The driver, aged 52, was hurt.")]
    [InlineData("The 52-year-old driver was hurt.")]
    [InlineData("A driver, Tom Reedy, 52, was hurt.")]
    [InlineData("The driver is 52 years old.")]
    public void Recognizer_ReadsAges(string sentence)
    {
        var value = Single(sentence);
        Assert.Equal(ValueKind.Age, value.Kind);
        Assert.Equal("52", value.Normalized);
    }

    [Fact]
    public void Recognizer_ReadsOrdinalWithWhatItCounts()
    {
        var value = Single("The game stopped in the 71st minute.");
        Assert.Equal(ValueKind.Ordinal, value.Kind);
        Assert.Equal("71", value.Normalized);
        Assert.Equal("minute", value.Counted);
    }

    [Theory]
    [InlineData("At least 30 huts burned.", ValueModifier.AtLeast)]
    [InlineData("More than 2,000 people fled.", ValueModifier.MoreThan)]
    [InlineData("About 420 crews helped.", ValueModifier.About)]
    [InlineData("Some 350 crews helped.", ValueModifier.About)]
    [InlineData("Up to 180 posts could go.", ValueModifier.UpTo)]
    [InlineData("Fewer than 40 seats remain.", ValueModifier.LessThan)]
    [InlineData("Dozens of fans sang.", ValueModifier.Vague)]
    public void Recognizer_KeepsModifiers(string sentence, ValueModifier modifier) =>
        Assert.Equal(modifier, Single(sentence).Modifier);

    [Fact]
    public void Recognizer_SpanIncludesModifierAndUnit()
    {
        const string Sentence = "Crews saved at least 3,200 metres of track.";
        var value = Single(Sentence);
        Assert.Equal("at least 3,200 metres", value.Text);
        Assert.Equal(value.Text, Sentence.Substring(value.Span.Start, value.Span.Length));
    }

    [Theory]
    [InlineData("The club was founded in 1887.")]
    [InlineData("It happened on 12 June.")]
    [InlineData("It happened on June 12.")]
    [InlineData("The lights failed at 9.12pm.")]
    [InlineData("The lights failed at 10:15 p.m.")]
    [InlineData("The war of 1950-53 ended.")]
    [InlineData("They met at seven o'clock.")]
    [InlineData("One of them left.")]
    public void Recognizer_LeavesDatesClockTimesAndPronounsAlone(string sentence) =>
        Assert.Empty(ValueRecognizer.Default.Recognize(sentence));

    [Fact]
    public void Recognizer_ReadsEveryValueOfASentence()
    {
        var values = ValueRecognizer.Default.Recognize("Councillors voted 31 to 22 to save £640,000 a year.");
        Assert.Equal(["31", "22", "640000 GBP"], values.Select(v => v.Normalized));
    }

    [Theory]
    [InlineData("at least 30 homes", "at least 45 homes", true)]
    [InlineData("14 species", "11 species", false)]
    [InlineData("3,200 metres", "3.2 kilometres", true)]
    [InlineData("dozens of breaks", "40 breaks", true)]
    [InlineData("about 420 crews", "350 crews", false)]
    [InlineData("up to 180 jobs", "300 jobs", false)]
    [InlineData("more than 1,400 visits", "1,400 visits", false)]
    [InlineData("22 per cent", "22 metres", false)]
    public void Value_AgreesWithCompatibleStatementsOnly(string first, string second, bool agrees) =>
        Assert.Equal(agrees, Single(first).AgreesWith(Single(second)));

    [Fact]
    public void Recognizer_ExtractsGoldConflictValuesFromTheirSentences()
    {
        var total = 0;
        var found = 0;
        foreach (var story in FixtureStory.All)
        {
            foreach (var conflict in story.Expected.Conflicts.Where(c => c.Kind is "number" or "quantity"))
            {
                foreach (var variant in conflict.Variants)
                {
                    total++;
                    var values = ValueRecognizer.Default.Recognize(variant.Sentence);
                    if (values.Any(v => v.Normalized == variant.Value))
                    {
                        found++;
                    }
                    else
                    {
                        _output.WriteLine($"{story.Slug}/{variant.Article} missed {variant.Value}: got [{string.Join(", ", values.Select(v => v.Normalized))}]");
                    }
                }
            }
        }

        _output.WriteLine($"gold conflict values extracted: {found}/{total} = {(double)found / total:F3}");
        Assert.True(found >= total * 0.95, $"{found}/{total} gold conflict values extracted");
    }
}
