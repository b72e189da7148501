namespace Crosswire.Benchmarks;

/// <summary>Finds the shared evaluation data (<c>$CROSSWIRE_DATA</c>, or <c>../shared/data</c> beside the
/// repository) for benchmarks that run over real text.</summary>
internal static class BenchData
{
    public static string Path(string relative)
    {
        var root = Environment.GetEnvironmentVariable("CROSSWIRE_DATA");
        if (string.IsNullOrEmpty(root))
        {
            var directory = new DirectoryInfo(AppContext.BaseDirectory);
            while (directory is not null && !File.Exists(System.IO.Path.Combine(directory.FullName, "Crosswire.slnx")))
            {
                directory = directory.Parent;
            }

            root = directory is null ? "" : System.IO.Path.Combine(directory.FullName, "..", "shared", "data");
        }

        var path = System.IO.Path.GetFullPath(System.IO.Path.Combine(root, relative));
        return File.Exists(path) || Directory.Exists(path)
            ? path
            : throw new FileNotFoundException($"benchmark data '{relative}' not found; set CROSSWIRE_DATA", path);
    }
}
