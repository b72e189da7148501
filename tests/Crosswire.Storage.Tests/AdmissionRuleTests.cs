using Crosswire.Storage.Hashing;
using Crosswire.Storage.Stories;
using Xunit;

namespace Crosswire.Storage.Tests;

public sealed class AdmissionRuleTests
{
    private static ArticleKey Key(string id, string text) => new(id, ContentHasher.Hash(text));

    [Fact]
    public void AdmissionRule_SameTextTwiceInOneBatchIsStoredOnce()
    {
        var admissions = AdmissionRule.Apply(
            [Key("a", "The lock gates failed."), Key("b", "the LOCK gates  failed."), Key("c", "Other text.")],
            _ => null, _ => 0, _ => false);
        Assert.Equal([AdmissionKind.New, AdmissionKind.Duplicate, AdmissionKind.New], admissions.Select(a => a.Kind));
        Assert.Equal("a", admissions[1].ExistingId);
        Assert.Equal("b", admissions[1].ArticleId);
    }

    [Fact]
    public void AdmissionRule_StoredContentIsADuplicateWhateverTheId()
    {
        var stored = ContentHasher.Hash("Stored text.");
        var admissions = AdmissionRule.Apply([Key("new-id", "Stored text.")], h => h == stored ? "old-id" : null, _ => 0, _ => false);
        Assert.Equal(new Admission(AdmissionKind.Duplicate, "new-id", "old-id", 0), admissions[0]);
    }

    [Fact]
    public void AdmissionRule_SameIdNewContentBecomesTheNextVersion()
    {
        var admissions = AdmissionRule.Apply(
            [Key("x", "Second text."), Key("x", "Third text."), Key("y", "First y."), Key("y", "Second y.")],
            _ => null,
            id => id == "x" ? 1 : 0,
            _ => false);
        Assert.Equal(
            [
                new Admission(AdmissionKind.NewVersion, "x@v2", "x", 2),
                new Admission(AdmissionKind.NewVersion, "x@v3", "x", 3),
                new Admission(AdmissionKind.New, "y", null, 1),
                new Admission(AdmissionKind.NewVersion, "y@v2", "y", 2),
            ],
            admissions);
    }

    [Fact]
    public void AdmissionRule_VersionIdTakenByAnotherInputIsSkipped()
    {
        var admissions = AdmissionRule.Apply([Key("x", "New text.")], _ => null, id => id == "x" ? 1 : 0, id => id == "x@v2");
        Assert.Equal(new Admission(AdmissionKind.NewVersion, "x@v3", "x", 3), admissions[0]);
    }
}
