using System.Collections.Frozen;
using Crosswire.Summarization.Rouge;
using Crosswire.TestKit;
using Xunit;

namespace Crosswire.Summarization.Tests.Rouge;

/// <summary>The installed WordNet exception lists, required like the shared data: skipped locally when
/// missing, failed under CI (scripts/setup.sh installs them).</summary>
internal static class WordNetData
{
    private static readonly Lazy<FrozenDictionary<string, string>?> s_exceptions = new(() =>
        WordNetExceptions.FindInstalled() is { } folder ? WordNetExceptions.Load(folder) : null);

    public static FrozenDictionary<string, string> Require()
    {
        if (s_exceptions.Value is { } exceptions)
        {
            return exceptions;
        }

        var message = $"WordNet exception lists not found (${WordNetExceptions.EnvironmentVariable} or "
            + string.Join(", ", WordNetExceptions.StandardFolders) + "); install the Debian package wordnet-base";
        if (SharedData.InCi)
        {
            Assert.Fail(message + "; CI=true requires them");
        }

        Assert.Skip(message);
        return FrozenDictionary<string, string>.Empty;
    }
}
