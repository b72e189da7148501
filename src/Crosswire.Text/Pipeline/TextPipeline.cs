using System.Collections.Immutable;
using Crosswire.Core.Documents;
using Crosswire.Core.Errors;
using Crosswire.Text.Boilerplate;
using Crosswire.Text.Segmentation;
using Crosswire.Text.Tokenization;

namespace Crosswire.Text.Pipeline;

/// <summary>
/// The text pipeline: boilerplate removal, then sentence segmentation of each kept paragraph, then
/// tokenization of each sentence. Built by <see cref="TextPipelineBuilder"/>; immutable and safe to share
/// between threads.
/// </summary>
public sealed class TextPipeline
{
    /// <summary>Scratch buffers kept once this thread has analysed an article of at most this many
    /// tokens; a bigger one's buffers are dropped so that a single huge article does not stay pinned.</summary>
    private const int MaxKeptScratchTokens = 64 * 1024;

    [ThreadStatic]
    private static Scratch? t_scratch;

    private readonly BoilerplateFilter _filter;
    private readonly SentenceSegmenter _segmenter;
    private readonly Tokenizer _tokenizer;

    internal TextPipeline(BoilerplateFilter filter, SentenceSegmenter segmenter, Tokenizer tokenizer)
    {
        _filter = filter;
        _segmenter = segmenter;
        _tokenizer = tokenizer;
    }

    /// <summary>The pipeline with every stage at its default options.</summary>
    public static TextPipeline Default { get; } = new TextPipelineBuilder().Build();

    /// <summary>
    /// The rejection (E140) for an article whose analysis threw <paramref name="error"/>: callers that must never
    /// let one article stop a batch catch the unexpected exception and report this instead. The input is named
    /// <paramref name="input"/>, else the article's origin, else its id.
    /// </summary>
    public static Rejection AnalysisFailure(Article article, Exception error, string? input = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        ArgumentNullException.ThrowIfNull(error);
        return new CrosswireException(
            ErrorCatalogue.AnalysisFailure, input ?? article.Origin ?? article.Id, error, article.Id, error.GetType().Name, error.Message).ToRejection();
    }

    /// <summary>Cleans, segments and tokenizes <paramref name="article"/>. Every span of the result points
    /// into <see cref="Article.Text"/>. Sentences without any word or number are not kept as sentences
    /// (their characters stay inside their paragraph).</summary>
    public AnalyzedArticle Analyze(Article article)
    {
        ArgumentNullException.ThrowIfNull(article);
        var text = article.Text;
        var cleaned = _filter.Clean(text);
        // The builders are reused from one article to the next (per thread), so that each article only
        // allocates its exact-size results instead of an estimated-size buffer that is then copied.
        var scratch = t_scratch ?? new Scratch();
        t_scratch = null;
        var (sentenceSpans, sentences, tokens) = (scratch.SentenceSpans, scratch.Sentences, scratch.Tokens);
        sentences.Clear();
        tokens.Clear();
        for (var p = 0; p < cleaned.Paragraphs.Length; p++)
        {
            sentenceSpans.Clear();
            _segmenter.Segment(text, cleaned.Paragraphs[p].Span, sentenceSpans);
            foreach (var span in sentenceSpans)
            {
                var first = tokens.Count;
                _tokenizer.Tokenize(text, span, tokens);
                if (!HasWord(tokens, first))
                {
                    tokens.Count = first;
                    continue;
                }

                sentences.Add(new Sentence(span, p, first, tokens.Count - first));
            }
        }

        var result = new AnalyzedArticle(article, cleaned.Paragraphs, cleaned.Removed, sentences.ToImmutable(), tokens.ToImmutable());
        if (tokens.Capacity <= MaxKeptScratchTokens)
        {
            t_scratch = scratch;
        }

        return result;
    }

    private static bool HasWord(ImmutableArray<Token>.Builder tokens, int from)
    {
        for (var i = from; i < tokens.Count; i++)
        {
            if (tokens[i].IsWordLike)
            {
                return true;
            }
        }

        return false;
    }

    /// <summary>The builders one <see cref="Analyze"/> call works in.</summary>
    private sealed class Scratch
    {
        public ImmutableArray<TextSpan>.Builder SentenceSpans { get; } = ImmutableArray.CreateBuilder<TextSpan>();

        public ImmutableArray<Sentence>.Builder Sentences { get; } = ImmutableArray.CreateBuilder<Sentence>();

        public ImmutableArray<Token>.Builder Tokens { get; } = ImmutableArray.CreateBuilder<Token>(1024);
    }
}

/// <summary>Assembles a <see cref="TextPipeline"/> from stage options (Markdig-style builder).</summary>
public sealed class TextPipelineBuilder
{
    private BoilerplateOptions? _boilerplate;
    private SegmenterOptions? _segmenter;
    private TokenizerOptions? _tokenizer;

    /// <summary>Sets the boilerplate filter's options (default: <see cref="BoilerplateOptions.Default"/>).</summary>
    public TextPipelineBuilder UseBoilerplate(BoilerplateOptions options)
    {
        _boilerplate = options;
        return this;
    }

    /// <summary>Keeps every line: paragraphs are still split, nothing is removed.</summary>
    public TextPipelineBuilder KeepBoilerplate()
    {
        _boilerplate = BoilerplateOptions.Default with { Kinds = [] };
        return this;
    }

    /// <summary>Sets the sentence segmenter's options.</summary>
    public TextPipelineBuilder UseSegmenter(SegmenterOptions options)
    {
        _segmenter = options;
        return this;
    }

    /// <summary>Sets the tokenizer's options.</summary>
    public TextPipelineBuilder UseTokenizer(TokenizerOptions options)
    {
        _tokenizer = options;
        return this;
    }

    /// <summary>Builds the immutable pipeline.</summary>
    public TextPipeline Build() =>
        new(new BoilerplateFilter(_boilerplate), new SentenceSegmenter(_segmenter), new Tokenizer(_tokenizer));
}
