using Crosswire.Core.Errors;

namespace Crosswire.Clustering;

/// <summary>The check every options record of this project runs on its values.</summary>
internal static class OptionGuard
{
    /// <summary>Throws E172 naming <paramref name="option"/> when <paramref name="valid"/> is false.</summary>
    public static void Require(bool valid, string option, string rule)
    {
        if (!valid)
        {
            throw new CrosswireException(ErrorCatalogue.BadClusteringOption, option, rule);
        }
    }
}
