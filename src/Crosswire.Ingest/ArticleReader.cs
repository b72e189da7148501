using System.Text;
using Crosswire.Core.Errors;
using Crosswire.Ingest.Feeds;
using Crosswire.Ingest.Html;
using Crosswire.Ingest.Input;
using Crosswire.Ingest.JsonLines;
using Crosswire.Ingest.MultiNews;
using Crosswire.Ingest.PlainText;

namespace Crosswire.Ingest;

/// <summary>
/// Reads news articles from files, directories, standard input, streams and strings in any of the
/// <see cref="InputFormat"/>s, detected from the content (the extension is a hint). Results stream out one
/// by one: a big batch never sits in memory, and a bad input gives a <see cref="Core.Errors.Rejection"/>
/// naming it while the rest of the batch goes on.
/// </summary>
/// <remarks>
/// <para>Article ids are unique within one call and the same on every run over the same input:</para>
/// <list type="bullet">
/// <item>a single-article file (text, HTML): its path relative to the directory argument without extension
/// (<c>gazette/floods</c>), or the file name without extension when the file is given directly; on a
/// collision the name with its extension (<c>gazette/floods.html</c>);</item>
/// <item>JSON: the object's <c>id</c>, else <c>stem#n</c> (n = line number for JSON lines, position in a
/// JSON document otherwise); dataset clusters <c>clusterId/articleId</c>;</item>
/// <item>feeds: <c>guid</c> / Atom <c>id</c>, else the item's link, else <c>stem#n</c>;</item>
/// <item>Multi-News: <c>stem:line/ak</c>.</item>
/// </list>
/// <para><see cref="Core.Documents.Article.Origin"/> is the path (as given, joined with the path inside a
/// directory), <c>path#n</c> for the n-th item of a feed or JSON document, <c>path:line</c> for line formats,
/// and <c>-</c> for standard input. An id seen earlier in the same call is rejected (E014).</para>
/// <para>Files in directories are read in ordinal order of their relative paths, files of a folder before
/// its subfolders; hidden files and folders are skipped; a file whose extension no reader claims is
/// rejected (E005) without being read. A file given directly, a stream or a string is recognised by its
/// content whatever its name.</para>
/// <para>Not thread-safe: use one reader per thread.</para>
/// </remarks>
public sealed class ArticleReader
{
    private readonly ReaderOptions _options;
    private readonly HtmlExtractor _html;
    private readonly FeedReader _feeds;

    /// <summary>Creates a reader with <paramref name="options"/> (default <see cref="ReaderOptions.Default"/>).</summary>
    public ArticleReader(ReaderOptions? options = null)
    {
        _options = options ?? ReaderOptions.Default;
        _html = new HtmlExtractor(_options.Html, _options.Limits);
        _feeds = new FeedReader(_html, _options.Limits.MaxDepth);
    }

    /// <summary>Reads files, directories (recursively) and <c>-</c> (standard input), in the order given.</summary>
    public IEnumerable<ReadOutcome> ReadPaths(IEnumerable<string> paths)
    {
        ArgumentNullException.ThrowIfNull(paths);
        return ReadPathsCore(paths);
    }

    /// <summary>Reads one stream (from its current position) named <paramref name="name"/> in reports and
    /// ids; <paramref name="format"/> overrides detection.</summary>
    public IEnumerable<ReadOutcome> ReadStream(Stream stream, string name, InputFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(stream);
        ArgumentException.ThrowIfNullOrEmpty(name);
        var limit = _options.Limits.MaxInputBytes;
        return ReadInput(
            () => InputDecoder.Decode(InputLoader.ReadStream(stream, name, limit, out var rented), name).Owning(rented),
            new Source(name, StemOf(name), null, Path.GetExtension(name)),
            format,
            NewBatch());
    }

    /// <summary>Reads text already in memory, named <paramref name="name"/> in reports and ids;
    /// <paramref name="format"/> overrides detection.</summary>
    public IEnumerable<ReadOutcome> ReadText(string content, string name, InputFormat? format = null)
    {
        ArgumentNullException.ThrowIfNull(content);
        ArgumentException.ThrowIfNullOrEmpty(name);
        var limit = _options.Limits.MaxInputBytes;
        return ReadInput(
            () =>
            {
                if ((long)content.Length * 3 > limit && Encoding.UTF8.GetByteCount(content) is var bytes && bytes > limit)
                {
                    throw new CrosswireException(ErrorCatalogue.TooLarge, name, bytes, limit);
                }

                return InputDecoder.FromString(content, name);
            },
            new Source(name, StemOf(name), null, Path.GetExtension(name)),
            format,
            NewBatch());
    }

    private IdRegistry NewBatch() => new(_options.Limits.MaxArticleChars);

    private IEnumerable<ReadOutcome> ReadPathsCore(IEnumerable<string> paths)
    {
        var batch = NewBatch();
        var limit = _options.Limits.MaxInputBytes;
        foreach (var path in paths)
        {
            IEnumerable<ReadOutcome> outcomes;
            if (path == "-")
            {
                outcomes = ReadInput(
                    () => InputDecoder.Decode(InputLoader.ReadStream(Console.OpenStandardInput(), "-", limit, out var rented), "-").Owning(rented),
                    new Source("-", "stdin", null, string.Empty),
                    null,
                    batch);
            }
            else if (Directory.Exists(path))
            {
                outcomes = ReadDirectory(path, batch);
            }
            else if (File.Exists(path))
            {
                outcomes = ReadFile(path, path, Path.GetFileNameWithoutExtension(path), Path.GetFileName(path), batch);
            }
            else
            {
                outcomes = [ReadOutcome.Rejected(ErrorCatalogue.NotFound, path)];
            }

            foreach (var outcome in outcomes)
            {
                yield return outcome;
            }
        }
    }

    private IEnumerable<ReadOutcome> ReadDirectory(string directory, IdRegistry batch)
    {
        foreach (var entry in PathWalker.Files(directory, _options.IncludeHidden))
        {
            if (entry.Rejection is not null)
            {
                yield return ReadOutcome.Rejected(entry.Rejection);
                continue;
            }

            var extension = Path.GetExtension(entry.Path);
            if (!FormatDetector.IsSupportedExtension(extension))
            {
                yield return ReadOutcome.Rejected(FormatDetector.Unsupported(entry.Name, extension).ToRejection());
                continue;
            }

            var fallback = entry.IdStem[..^Path.GetFileNameWithoutExtension(entry.Path).Length] + Path.GetFileName(entry.Path);
            foreach (var outcome in ReadFile(entry.Path, entry.Name, entry.IdStem, fallback, batch))
            {
                yield return outcome;
            }
        }
    }

    private IEnumerable<ReadOutcome> ReadFile(string path, string name, string idStem, string fallbackStem, IdRegistry batch) =>
        ReadInput(
            () => InputDecoder.Decode(InputLoader.ReadFile(path, name, _options.Limits.MaxInputBytes, out var rented), name).Owning(rented),
            new Source(name, idStem, fallbackStem, Path.GetExtension(path)),
            null,
            batch);

    private readonly record struct Source(string Name, string IdStem, string? FallbackStem, string Extension);

    private IEnumerable<ReadOutcome> ReadInput(Func<DecodedInput> load, Source source, InputFormat? format, IdRegistry batch)
    {
        IEnumerator<ReadOutcome> outcomes;
        Rejection? failure = null;
        DecodedInput? content = null;
        try
        {
            content = load();
            var detected = format ?? FormatDetector.Detect(content, source.Name, source.Extension);
            outcomes = Dispatch(new InputDocument(source.Name, source.IdStem, source.Extension, content), detected).GetEnumerator();
        }
        catch (CrosswireException error)
        {
            outcomes = Enumerable.Empty<ReadOutcome>().GetEnumerator();
            failure = error.ToRejection();
        }
        catch (Exception error) when (error is not OutOfMemoryException)
        {
            outcomes = Enumerable.Empty<ReadOutcome>().GetEnumerator();
            failure = Unexpected(source.Name, error);
        }

        if (failure is not null)
        {
            content?.Release();
            yield return ReadOutcome.Rejected(failure);
            yield break;
        }

        try
        {
            using (outcomes)
            {
                while (true)
                {
                    ReadOutcome outcome;
                    try
                    {
                        if (!outcomes.MoveNext())
                        {
                            break;
                        }

                        outcome = outcomes.Current;
                    }
                    catch (Exception error) when (error is not OutOfMemoryException)
                    {
                        // Last resort so that one input can never stop a batch; the random-input tests assert
                        // that this code is never produced.
                        failure = Unexpected(source.Name, error);
                        outcome = ReadOutcome.Rejected(failure);
                    }

                    yield return batch.Admit(outcome, source.IdStem, source.FallbackStem);
                    if (failure is not null)
                    {
                        yield break;
                    }
                }
            }
        }
        finally
        {
            // After the last article: every string was copied out of the pooled bytes by then.
            content!.Release();
        }
    }

    private static Rejection Unexpected(string name, Exception error) =>
        new CrosswireException(ErrorCatalogue.ReaderFailure, name, error, error.GetType().Name, error.Message).ToRejection();

    private IEnumerable<ReadOutcome> ReadHtml(InputDocument document)
    {
        yield return HtmlReader.Read(document, _html);
    }

    private IEnumerable<ReadOutcome> Dispatch(InputDocument document, InputFormat format) => format switch
    {
        InputFormat.PlainText => PlainTextReader.Read(document),
        InputFormat.Html => ReadHtml(document),
        InputFormat.JsonLines or InputFormat.Dataset => JsonLinesReader.Read(document, format, _options.Limits.MaxDepth),
        InputFormat.Feed => _feeds.Read(document),
        InputFormat.MultiNewsRaw => MultiNewsReader.Read(document),
        _ => throw new ArgumentOutOfRangeException(nameof(format), format, "unknown input format"),
    };

    private static string StemOf(string name)
    {
        if (name == "-")
        {
            return "stdin";
        }

        var stem = Path.GetFileNameWithoutExtension(name);
        return stem.Length > 0 ? stem : name;
    }
}
