using System.Collections.Frozen;
using Crosswire.Core.Errors;

namespace Crosswire.Summarization.Rouge;

/// <summary>
/// WordNet's lists of irregular inflections (<c>adj.exc</c>, <c>adv.exc</c>, <c>noun.exc</c>,
/// <c>verb.exc</c>: <c>wrote write</c>, <c>children child</c>), which ROUGE-1.5.5's stemming consults before
/// the Porter stemmer (its <c>WordNet-2.0.exc.db</c>). Loaded as the script's <c>buildExeptionDB.pl</c> builds
/// that database: each line maps its first word to its second; files are read in name order and a later
/// line wins. Crosswire does not ship WordNet: it reads the installed one (Debian/Ubuntu package
/// <c>wordnet-base</c>, or a folder named by <c>CROSSWIRE_WORDNET</c>). WordNet 3.0's lists reproduce the
/// shared DUC 2004 ROUGE-1.5.5 results exactly.
/// </summary>
public static class WordNetExceptions
{
    /// <summary>Environment variable naming a folder with the <c>*.exc</c> files.</summary>
    public const string EnvironmentVariable = "CROSSWIRE_WORDNET";

    /// <summary>Folders searched by <see cref="FindInstalled"/> after <see cref="EnvironmentVariable"/>.</summary>
    public static IReadOnlyList<string> StandardFolders { get; } =
        ["/usr/share/wordnet", "/usr/local/share/wordnet", "/opt/homebrew/share/wordnet"];

    /// <summary>The folder of the installed WordNet exception lists, or null when none is found.</summary>
    public static string? FindInstalled()
    {
        var fromEnvironment = Environment.GetEnvironmentVariable(EnvironmentVariable);
        IEnumerable<string> candidates = string.IsNullOrEmpty(fromEnvironment) ? StandardFolders : [fromEnvironment];
        return candidates.FirstOrDefault(folder => Directory.Exists(folder) && Directory.EnumerateFiles(folder, "*.exc").Any());
    }

    /// <summary>Loads the installed lists (see <see cref="FindInstalled"/>).</summary>
    /// <exception cref="CrosswireException">E001 when no installed WordNet is found; E105 when a list is malformed.</exception>
    public static FrozenDictionary<string, string> LoadInstalled() =>
        Load(FindInstalled() ?? throw new CrosswireException(
            ErrorCatalogue.NotFound,
            $"WordNet exception lists (${EnvironmentVariable} or {string.Join(", ", StandardFolders)}; Debian package wordnet-base)"));

    /// <summary>Loads every <c>*.exc</c> file of <paramref name="folder"/>.</summary>
    /// <exception cref="CrosswireException">E001 when the folder is missing; E105 when it holds no list or a
    /// line lacks its base form.</exception>
    public static FrozenDictionary<string, string> Load(string folder)
    {
        ArgumentNullException.ThrowIfNull(folder);
        if (!Directory.Exists(folder))
        {
            throw new CrosswireException(ErrorCatalogue.NotFound, folder);
        }

        var files = Directory.GetFiles(folder, "*.exc").Order(StringComparer.Ordinal).ToArray();
        if (files.Length == 0)
        {
            throw new CrosswireException(ErrorCatalogue.BadStemExceptions, folder, "no *.exc file");
        }

        var exceptions = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in files)
        {
            var number = 0;
            foreach (var line in File.ReadLines(file))
            {
                number++;
                var fields = line.Split([' ', '\t'], 3, StringSplitOptions.RemoveEmptyEntries);
                if (fields.Length == 0)
                {
                    continue;
                }

                if (fields.Length < 2)
                {
                    throw new CrosswireException(
                        ErrorCatalogue.BadStemExceptions, file, $"line {number} has no base form");
                }

                exceptions[fields[0]] = fields[1];
            }
        }

        return exceptions.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
