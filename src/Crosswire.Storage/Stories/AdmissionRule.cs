using System.Collections.Immutable;
using System.Globalization;
using Crosswire.Storage.Hashing;

namespace Crosswire.Storage.Stories;

/// <summary>
/// The one rule every store applies to offered articles, in order: content already stored, or already
/// admitted earlier in the batch, is a <see cref="AdmissionKind.Duplicate"/>; an id already taken by other
/// content becomes a <see cref="AdmissionKind.NewVersion"/> <c>id@vN</c> with the next free N; anything
/// else is <see cref="AdmissionKind.New"/>. Stores supply the two look-ups.
/// </summary>
public static class AdmissionRule
{
    /// <summary>Separator between an article id and its version number.</summary>
    public const string VersionSeparator = "@v";

    /// <summary>Applies the rule to <paramref name="candidates"/>.</summary>
    /// <param name="candidates">Offered articles, in arrival order.</param>
    /// <param name="storedIdOf">Stored id of the article with a content hash, or null.</param>
    /// <param name="latestVersionOf">Highest stored version of an id (1 when only the id itself is stored,
    /// 0 when it is not stored).</param>
    /// <param name="isIdTaken">True when an id is stored (used to skip version ids taken by other inputs).</param>
    public static ImmutableArray<Admission> Apply(
        IReadOnlyList<ArticleKey> candidates,
        Func<ContentHash, string?> storedIdOf,
        Func<string, int> latestVersionOf,
        Func<string, bool> isIdTaken)
    {
        ArgumentNullException.ThrowIfNull(candidates);
        ArgumentNullException.ThrowIfNull(storedIdOf);
        ArgumentNullException.ThrowIfNull(latestVersionOf);
        ArgumentNullException.ThrowIfNull(isIdTaken);
        var admitted = new Dictionary<ContentHash, string>();
        var versions = new Dictionary<string, int>(StringComparer.Ordinal);
        var taken = new HashSet<string>(StringComparer.Ordinal);
        var result = ImmutableArray.CreateBuilder<Admission>(candidates.Count);
        foreach (var candidate in candidates)
        {
            if (admitted.TryGetValue(candidate.Hash, out var earlier) || (earlier = storedIdOf(candidate.Hash)) is not null)
            {
                result.Add(new Admission(AdmissionKind.Duplicate, candidate.Id, earlier, 0));
                continue;
            }

            if (!versions.TryGetValue(candidate.Id, out var latest))
            {
                latest = latestVersionOf(candidate.Id);
            }

            if (latest == 0 && taken.Contains(candidate.Id))
            {
                latest = 1;
            }

            Admission admission;
            if (latest == 0)
            {
                admission = new Admission(AdmissionKind.New, candidate.Id, null, 1);
            }
            else
            {
                var version = latest + 1;
                var id = VersionId(candidate.Id, version);
                while (taken.Contains(id) || isIdTaken(id))
                {
                    id = VersionId(candidate.Id, ++version);
                }

                admission = new Admission(AdmissionKind.NewVersion, id, candidate.Id, version);
            }

            versions[candidate.Id] = admission.Version;
            taken.Add(admission.ArticleId);
            admitted[candidate.Hash] = admission.ArticleId;
            result.Add(admission);
        }

        return result.MoveToImmutable();
    }

    /// <summary>The id of version <paramref name="version"/> of article <paramref name="id"/>.</summary>
    public static string VersionId(string id, int version) =>
        version <= 1 ? id : id + VersionSeparator + version.ToString(CultureInfo.InvariantCulture);
}
