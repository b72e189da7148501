using Crosswire.Cli.Rendering;
using Crosswire.Core.Documents;
using Crosswire.Core.Errors;
using Crosswire.Ingest;
using Crosswire.Text.Pipeline;

namespace Crosswire.Cli.Hosting;

/// <summary>
/// The articles named on a command line, read for one command: every rejection is counted and reported on
/// stderr (at once, or at <see cref="Finish"/> when <see cref="DeferRejections"/> is set), a progress meter
/// counts the articles, and <see cref="Finish"/> gives the exit code.
/// </summary>
public sealed class ArticleBatch
{
    private readonly CliConsole _console;
    private readonly ArticleReader _reader;
    private readonly List<Rejection> _rejections = [];
    private readonly List<Rejection> _unreported = [];
    private int _read;

    /// <summary>Creates a batch that reads with <paramref name="options"/> (default options when null).</summary>
    public ArticleBatch(CliConsole console, ReaderOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(console);
        _console = console;
        _reader = new ArticleReader(options);
    }

    /// <summary>Keep rejections until <see cref="Finish"/> instead of reporting each at once (for commands
    /// that print their results first). Default false.</summary>
    public bool DeferRejections { get; init; }

    /// <summary>Articles read and not rejected later by <see cref="Reject"/>.</summary>
    public int Processed => _read - LaterRejections;

    /// <summary>Every rejection so far, in order.</summary>
    public IReadOnlyList<Rejection> Rejections => _rejections;

    private int LaterRejections { get; set; }

    /// <summary>Reads <paramref name="paths"/> (files, directories recursively, <c>-</c> for stdin) and yields
    /// the articles, advancing <paramref name="progress"/> by one per article.</summary>
    public IEnumerable<Article> Read(IEnumerable<string> paths, ProgressMeter? progress = null)
    {
        ArgumentNullException.ThrowIfNull(paths);
        foreach (var outcome in _reader.ReadPaths(paths))
        {
            if (outcome.IsArticle)
            {
                _read++;
                progress?.Advance();
                yield return outcome.Article;
            }
            else
            {
                Add(outcome.Rejection);
            }
        }
    }

    /// <summary>Reads <paramref name="paths"/> like <see cref="Read"/> and runs each article through
    /// <paramref name="pipeline"/>; an article the pipeline fails on is rejected (E140) and the batch goes on.</summary>
    public IEnumerable<AnalyzedArticle> ReadAnalyzed(IEnumerable<string> paths, TextPipeline pipeline, ProgressMeter? progress = null)
    {
        ArgumentNullException.ThrowIfNull(pipeline);
        foreach (var article in Read(paths, progress))
        {
            AnalyzedArticle analyzed;
            try
            {
                analyzed = pipeline.Analyze(article);
            }
            catch (Exception error) when (error is not OutOfMemoryException)
            {
                // Last resort, like the readers' E131: one article must never stop the batch.
                Reject(TextPipeline.AnalysisFailure(article, error));
                continue;
            }

            yield return analyzed;
        }
    }

    /// <summary>Rejects an article that was read but could not be processed further.</summary>
    public void Reject(Rejection rejection)
    {
        ArgumentNullException.ThrowIfNull(rejection);
        LaterRejections++;
        Add(rejection);
    }

    /// <summary>Reports deferred rejections, says so when no article was found at all, and returns the exit
    /// code (<see cref="ExitCodes.ForBatch"/>).</summary>
    public int Finish()
    {
        foreach (var rejection in _unreported)
        {
            _console.Rejected(rejection);
        }

        _unreported.Clear();
        if (_read == 0 && _rejections.Count == 0)
        {
            _console.Note("crosswire: no articles found");
        }

        return ExitCodes.ForBatch(Processed, _rejections.Count);
    }

    private void Add(Rejection rejection)
    {
        _rejections.Add(rejection);
        if (DeferRejections)
        {
            _unreported.Add(rejection);
        }
        else
        {
            _console.Rejected(rejection);
        }
    }
}
