using System.Text;
using System.Text.Json;

namespace Crosswire.Benchmarks;

/// <summary>
/// The article texts of <c>multinews-dev.jsonl</c>, read at run time from the folder named by
/// <c>CROSSWIRE_DATA</c> or from <c>../shared/data</c> beside the repository (never copied into it).
/// </summary>
public static class MultiNewsCorpus
{
    private static readonly Lazy<string[]> s_articles = new(Load);

    /// <summary>Every article text of every cluster, in file order.</summary>
    public static string[] Articles => s_articles.Value;

    /// <summary>Size of <see cref="Articles"/> in UTF-8 bytes, the unit of the MB/s column.</summary>
    public static long Utf8Bytes => Articles.Sum(text => (long)Encoding.UTF8.GetByteCount(text));

    private static string[] Load()
    {
        var path = Path.Combine(DataFolder(), "multinews-dev.jsonl");
        var articles = new List<string>();
        foreach (var line in File.ReadLines(path))
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var json = JsonDocument.Parse(line);
            foreach (var article in json.RootElement.GetProperty("articles").EnumerateArray())
            {
                articles.Add(article.GetProperty("text").GetString() ?? string.Empty);
            }
        }

        return [.. articles];
    }

    private static string DataFolder()
    {
        var fromEnv = Environment.GetEnvironmentVariable("CROSSWIRE_DATA");
        if (!string.IsNullOrEmpty(fromEnv))
        {
            return fromEnv;
        }

        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "Crosswire.slnx")))
                {
                    return Path.GetFullPath(Path.Combine(directory.FullName, "..", "shared", "data"));
                }
            }
        }

        throw new DirectoryNotFoundException("evaluation data not found: set CROSSWIRE_DATA or run inside the repository");
    }
}
