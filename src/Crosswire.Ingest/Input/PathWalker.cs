using Crosswire.Core.Errors;

namespace Crosswire.Ingest.Input;

/// <summary>One file to read, or a directory that could not be listed.</summary>
/// <param name="Path">Full path to open.</param>
/// <param name="Name">Name reported for it: the directory argument joined with the relative path (with
/// <c>/</c>), or the argument itself for a file.</param>
/// <param name="IdStem">Base of its article ids: the relative path without extension (with <c>/</c>) inside a
/// directory, the file name without extension for a file given directly.</param>
/// <param name="Rejection">Set when the entry could not be listed.</param>
internal readonly record struct PathEntry(string Path, string Name, string IdStem, Rejection? Rejection);

/// <summary>
/// Lists the files under a directory, recursively, in a deterministic order (ordinal by name, files of a
/// folder before its subfolders), skipping hidden files and folders (unless asked) and links to folders
/// (they could form cycles).
/// </summary>
internal static class PathWalker
{
    /// <summary>The files below <paramref name="directory"/>, as given by the user.</summary>
    public static IEnumerable<PathEntry> Files(string directory, bool includeHidden)
    {
        var display = directory.Replace('\\', '/').TrimEnd('/');
        var pending = new Stack<string>();
        pending.Push(string.Empty);
        while (pending.Count > 0)
        {
            var relative = pending.Pop();
            var full = relative.Length == 0 ? directory : Path.Combine(directory, relative);
            string[] files, folders;
            Rejection? rejection = null;
            try
            {
                var info = new DirectoryInfo(full);
                var entries = info.GetFileSystemInfos();
                files = [.. entries.OfType<FileInfo>().Where(f => includeHidden || !IsHidden(f)).Select(f => f.Name).Order(StringComparer.Ordinal)];
                folders = [.. entries.OfType<DirectoryInfo>()
                    .Where(d => (includeHidden || !IsHidden(d)) && d.LinkTarget is null)
                    .Select(d => d.Name).Order(StringComparer.Ordinal)];
            }
            catch (Exception error) when (error is IOException or UnauthorizedAccessException)
            {
                var name = relative.Length == 0 ? display : $"{display}/{relative}";
                files = [];
                folders = [];
                rejection = new CrosswireException(ErrorCatalogue.Unreadable, name, error, error.Message).ToRejection();
            }

            if (rejection is not null)
            {
                yield return new PathEntry(full, rejection.Input, string.Empty, rejection);
            }

            foreach (var file in files)
            {
                var relativeFile = relative.Length == 0 ? file : $"{relative}/{file}";
                var stem = Path.ChangeExtension(relativeFile, null);
                yield return new PathEntry(Path.Combine(full, file), $"{display}/{relativeFile}", stem, null);
            }

            for (var i = folders.Length - 1; i >= 0; i--)
            {
                pending.Push(relative.Length == 0 ? folders[i] : $"{relative}/{folders[i]}");
            }
        }
    }

    private static bool IsHidden(FileSystemInfo entry) =>
        entry.Name.StartsWith('.') || entry.Attributes.HasFlag(FileAttributes.Hidden);
}
