using System.Text;
using System.Text.Json;

namespace Crosswire.Benchmarks;

/// <summary>
/// Locates the inputs of the benchmarks: the shared evaluation data (the folder named by
/// <c>CROSSWIRE_DATA</c>, else <c>../shared/data</c> beside the repository; read at run time, never copied
/// into the repository) and the repository's own files (<c>examples/</c>).
/// </summary>
internal static class BenchData
{
    private static readonly Lazy<string[]> s_multiNewsArticles = new(LoadMultiNewsArticles);

    /// <summary>Every article text of every cluster of <c>multinews-dev.jsonl</c>, in file order.</summary>
    public static string[] MultiNewsArticles => s_multiNewsArticles.Value;

    /// <summary>Size of <see cref="MultiNewsArticles"/> in UTF-8 bytes, the unit of the MB/s column.</summary>
    public static long MultiNewsUtf8Bytes => MultiNewsArticles.Sum(text => (long)Encoding.UTF8.GetByteCount(text));

    /// <summary>The full path of <paramref name="relative"/> inside the shared data folder.</summary>
    /// <exception cref="FileNotFoundException">The file or folder does not exist.</exception>
    public static string Path(string relative) =>
        TryPath(relative) ?? throw new FileNotFoundException(
            $"benchmark data '{relative}' not found in ../shared/data; set CROSSWIRE_DATA", relative);

    /// <summary>The full path of <paramref name="relative"/> inside the shared data folder, or null when
    /// it is missing (for benchmarks that also run without the outside data).</summary>
    public static string? TryPath(string relative)
    {
        var root = Environment.GetEnvironmentVariable("CROSSWIRE_DATA");
        if (string.IsNullOrEmpty(root))
        {
            var repository = RepositoryRoot();
            if (repository is null)
            {
                return null;
            }

            root = System.IO.Path.Combine(repository, "..", "shared", "data");
        }

        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(root, relative));
        return File.Exists(path) || Directory.Exists(path) ? path : null;
    }

    /// <summary>The full path of <paramref name="relative"/> inside the repository (e.g. <c>examples</c>).</summary>
    /// <exception cref="DirectoryNotFoundException">Not run from inside the repository.</exception>
    public static string RepositoryPath(string relative) =>
        System.IO.Path.Combine(
            RepositoryRoot() ?? throw new DirectoryNotFoundException("run the benchmarks from inside the repository"),
            relative);

    /// <summary>The folder holding <c>Crosswire.slnx</c>, searched upwards from the binaries (BenchmarkDotNet
    /// runs them from a generated folder under bin/) and from the working directory.</summary>
    private static string? RepositoryRoot()
    {
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(System.IO.Path.Combine(directory.FullName, "Crosswire.slnx")))
                {
                    return directory.FullName;
                }
            }
        }

        return null;
    }

    private static string[] LoadMultiNewsArticles()
    {
        var articles = new List<string>();
        foreach (var line in File.ReadLines(Path("multinews-dev.jsonl")))
        {
            if (line.Length == 0)
            {
                continue;
            }

            using var cluster = JsonDocument.Parse(line);
            foreach (var article in cluster.RootElement.GetProperty("articles").EnumerateArray())
            {
                articles.Add(article.GetProperty("text").GetString() ?? string.Empty);
            }
        }

        return [.. articles];
    }
}
