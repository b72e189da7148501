using Crosswire.Core.Errors;
using Crosswire.Summarization.Rouge;
using Crosswire.TestKit;
using Xunit;

namespace Crosswire.Summarization.Tests.Rouge;

public sealed class WordNetExceptionsTests
{
    [Fact]
    public void WordNetExceptions_MapsTheFirstWordToTheSecondAndLaterFilesWin()
    {
        using var folder = new TempDirectory();
        folder.Write("adj.exc", "better good\nfarther far\n");
        folder.Write("adv.exc", "better well\n");
        folder.Write("verb.exc", "wrote write\n\nmet meet\n");
        folder.Write("notes.txt", "ignored line\n");

        var exceptions = WordNetExceptions.Load(folder.Path);

        Assert.Equal("well", exceptions["better"]);
        Assert.Equal("write", exceptions["wrote"]);
        Assert.Equal(4, exceptions.Count);
    }

    [Fact]
    public void WordNetExceptions_RejectsALineWithoutBaseForm()
    {
        using var folder = new TempDirectory();
        var file = folder.Write("noun.exc", "geese goose\noxen\n");

        var error = Assert.Throws<CrosswireException>(() => WordNetExceptions.Load(folder.Path));

        Assert.Equal("E105", error.Code);
        Assert.Equal(file, error.Input);
        Assert.Contains("line 2", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void WordNetExceptions_RejectsAFolderWithoutLists()
    {
        using var folder = new TempDirectory();

        Assert.Equal("E105", Assert.Throws<CrosswireException>(() => WordNetExceptions.Load(folder.Path)).Code);
        Assert.Equal("E001", Assert.Throws<CrosswireException>(
            () => WordNetExceptions.Load(Path.Combine(folder.Path, "missing"))).Code);
    }
}
