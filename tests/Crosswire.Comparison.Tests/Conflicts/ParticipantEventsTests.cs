using Crosswire.Comparison.Conflicts;
using Crosswire.Core.Documents;
using Xunit;

namespace Crosswire.Comparison.Tests.Conflicts;

public sealed class ParticipantEventsTests
{
    private static string? DeedOf(string sentence, string name)
    {
        var at = sentence.IndexOf(name, StringComparison.Ordinal);
        return ParticipantEvents.Of(sentence, new TextSpan(0, sentence.Length), new TextSpan(at, name.Length));
    }

    [Theory]
    [InlineData("The crew, led by Captain Ada Rusk, reached the pole.", "Ada Rusk", "lead")]
    [InlineData("The crew was headed by its first officer, Ada Rusk.", "Ada Rusk", "lead")]
    [InlineData("Ada Rusk, who is leading the crew, spoke on Monday.", "Ada Rusk", "lead")]
    [InlineData("Ada Rusk of Polar Ventures, who led the crew, spoke on Monday.", "Ada Rusk", "lead")]
    [InlineData("Ada Rusk, 44, who had bought the ship, spoke on Monday.", "Ada Rusk", "buy")]
    [InlineData("The ship was bought at auction on Friday by Ada Rusk.", "Ada Rusk", "buy")]
    public void ParticipantEvents_ReadsTheDeedWordedInManyWays(string sentence, string name, string deed)
    {
        Assert.Equal(deed, DeedOf(sentence, name));
    }

    [Theory]
    [InlineData("Ada Rusk said the crew reached the pole.", "Ada Rusk")]
    [InlineData("The crew met Ada Rusk by the harbour wall.", "Ada Rusk")]
    public void ParticipantEvents_ReadsNoDeedWhereNoneIsStated(string sentence, string name)
    {
        Assert.Null(DeedOf(sentence, name));
    }

    [Theory]
    [InlineData("Nikos Andreou", "Nikos Andreadis", true)]
    [InlineData("Anna Berg", "Anna Bergström", false)]
    [InlineData("Anna Lindqvist", "Maria Lindqvist", false)]
    [InlineData("Anna Lindqvist", "Anna Lindholm", true)]
    public void StatedValue_TellsRivalSpellingsOfOneName(string first, string second, bool variants)
    {
        Assert.Equal(variants, StatedValue.AreSpellingVariants(first, second));
    }
}
