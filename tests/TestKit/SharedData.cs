using Xunit;

namespace Crosswire.TestKit;

/// <summary>
/// Locates the outside evaluation data (<c>../shared/data</c> beside the repository, or the folder named by
/// <c>CROSSWIRE_DATA</c>). Data-driven tests call <see cref="Require"/>: without the data they are skipped on
/// a developer machine and fail when <c>CI=true</c>, so CI can never pass by not running them.
/// </summary>
public static class SharedData
{
    /// <summary>The data folder, or null when it cannot be found.</summary>
    public static string? Root
    {
        get
        {
            var fromEnv = Environment.GetEnvironmentVariable("CROSSWIRE_DATA");
            if (!string.IsNullOrEmpty(fromEnv))
            {
                return Directory.Exists(fromEnv) ? Path.GetFullPath(fromEnv) : null;
            }

            var candidate = Path.GetFullPath(Path.Combine(RepoPaths.Root, "..", "shared", "data"));
            return Directory.Exists(candidate) ? candidate : null;
        }
    }

    /// <summary>True when the tests run under CI (<c>CI=true</c>).</summary>
    public static bool InCi =>
        string.Equals(Environment.GetEnvironmentVariable("CI"), "true", StringComparison.OrdinalIgnoreCase);

    /// <summary>The full path of <paramref name="relativePath"/> in the data folder; skips the test when it
    /// is missing, or fails it under CI.</summary>
    public static string Require(string relativePath)
    {
        var root = Root;
        var path = root is null ? null : Path.Combine(root, relativePath);
        if (path is not null && (File.Exists(path) || Directory.Exists(path)))
        {
            return path;
        }

        var message = $"evaluation data '{relativePath}' not found (looked in {root ?? "../shared/data and $CROSSWIRE_DATA"})";
        if (InCi)
        {
            Assert.Fail(message + "; CI=true requires it");
        }

        Assert.Skip(message);
        return string.Empty;
    }

    /// <summary>Reads every non-empty line of a data file.</summary>
    public static IEnumerable<string> ReadLines(string relativePath) =>
        File.ReadLines(Require(relativePath)).Where(line => line.Length > 0);
}

/// <summary>Paths inside the repository.</summary>
public static class RepoPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    /// <summary>The repository root (the folder holding <c>Crosswire.slnx</c>).</summary>
    public static string Root => s_root.Value;

    /// <summary>The bundled examples folder.</summary>
    public static string Examples => Path.Combine(Root, "examples");

    /// <summary>The fixtures folder of the test project named <paramref name="testProject"/>.</summary>
    public static string Fixtures(string testProject) => Path.Combine(Root, "tests", testProject, "Fixtures");

    private static string FindRoot()
    {
        var directory = new DirectoryInfo(AppContext.BaseDirectory);
        while (directory is not null && !File.Exists(Path.Combine(directory.FullName, "Crosswire.slnx")))
        {
            directory = directory.Parent;
        }

        return directory?.FullName
            ?? throw new InvalidOperationException("Crosswire.slnx not found above " + AppContext.BaseDirectory);
    }
}
