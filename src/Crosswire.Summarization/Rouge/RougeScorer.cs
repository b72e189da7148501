using System.Collections.Frozen;
using System.Collections.Immutable;
using Crosswire.Core.Errors;

namespace Crosswire.Summarization.Rouge;

/// <summary>
/// Scores one summary against its reference summaries exactly as the ROUGE-1.5.5 perl script (Lin 2004) does
/// with the flags of <see cref="RougeOptions"/>: ROUGE-1 … ROUGE-n with clipped n-gram counts and summary-level
/// ROUGE-L (the union LCS of every reference sentence with the summary sentences, clipped by unigram counts).
/// Thread-safe; every call is independent.
/// </summary>
public sealed class RougeScorer
{
    private readonly FrozenDictionary<string, string>? _exceptions;
    private readonly Func<string, IReadOnlyList<string>> _referenceSplitter;

    /// <summary>Creates a scorer.</summary>
    /// <param name="options">ROUGE options; <see cref="RougeOptions.MultiNews"/> when null.</param>
    /// <param name="referenceSplitter">Splits a reference given as plain text into sentences, for
    /// <see cref="Score(IReadOnlyList{string}, IReadOnlyList{string}, string)"/>. By default each non-empty
    /// line is a sentence; plug the team's sentence segmenter in here to score against paragraphs.</param>
    /// <exception cref="CrosswireException">E100 when an option is invalid.</exception>
    public RougeScorer(RougeOptions? options = null, Func<string, IReadOnlyList<string>>? referenceSplitter = null)
    {
        Options = options ?? RougeOptions.MultiNews;
        Options.Validate();
        _exceptions = Options.StemExceptions?.ToFrozenDictionary(StringComparer.Ordinal);
        _referenceSplitter = referenceSplitter ?? SplitLines;
    }

    /// <summary>The options in force.</summary>
    public RougeOptions Options { get; }

    /// <summary>Scores <paramref name="peerSentences"/> (the summary, one sentence an item) against
    /// <paramref name="references"/> (each reference one sentence an item).</summary>
    /// <param name="peerSentences">The summary's sentences, in order.</param>
    /// <param name="references">The reference summaries, each as its sentences.</param>
    /// <param name="input">Name of what is scored (topic or file), for error messages.</param>
    /// <exception cref="CrosswireException">E101 when there is no reference.</exception>
    public RougeResult Score(
        IReadOnlyList<string> peerSentences, IReadOnlyList<IReadOnlyList<string>> references, string input = "summary")
    {
        ArgumentNullException.ThrowIfNull(peerSentences);
        ArgumentNullException.ThrowIfNull(references);
        if (references.Count == 0)
        {
            throw new CrosswireException(ErrorCatalogue.RougeNoReference, input);
        }

        var tokenizer = new RougeTokenizer(Options, _exceptions);
        var peer = tokenizer.Tokenize(peerSentences);
        var models = new RougeTokens[references.Count];
        for (var i = 0; i < models.Length; i++)
        {
            models[i] = tokenizer.Tokenize(references[i] ?? throw new ArgumentNullException(nameof(references)));
        }

        var scores = ImmutableArray.CreateBuilder<RougeScore>(Options.MaxN + 1);
        ScoreNGrams(peer, models, tokenizer.Count, scores);
        if (Options.ComputeL)
        {
            scores.Add(ScoreLcs(peer, models, tokenizer.Count));
        }

        return new RougeResult(scores.ToImmutable());
    }

    /// <summary>Scores <paramref name="peerSentences"/> against references given as plain text, split into
    /// sentences by the scorer's reference splitter.</summary>
    /// <param name="peerSentences">The summary's sentences, in order.</param>
    /// <param name="referenceTexts">The reference summaries as text (e.g. one paragraph each).</param>
    /// <param name="input">Name of what is scored (topic or file), for error messages.</param>
    /// <exception cref="CrosswireException">E101 when there is no reference.</exception>
    public RougeResult Score(IReadOnlyList<string> peerSentences, IReadOnlyList<string> referenceTexts, string input = "summary")
    {
        ArgumentNullException.ThrowIfNull(referenceTexts);
        return Score(peerSentences, [.. referenceTexts.Select(text => _referenceSplitter(text ?? string.Empty))], input);
    }

    private static string[] SplitLines(string text) =>
        text.Split('\n', StringSplitOptions.RemoveEmptyEntries);

    private void ScoreNGrams(RougeTokens peer, RougeTokens[] models, int vocabulary, ImmutableArray<RougeScore>.Builder scores)
    {
        // Order-n gram ids are built from order n-1 ids and the next token, shared by all texts.
        var grams = new int[models.Length + 1][];
        grams[0] = peer.Tokens;
        for (var i = 0; i < models.Length; i++)
        {
            grams[i + 1] = models[i].Tokens;
        }

        var gramCount = vocabulary;
        for (var n = 1; n <= Options.MaxN; n++)
        {
            if (n > 1)
            {
                gramCount = ExtendGrams(grams, peer, models, n);
            }

            scores.Add(ClipNGrams("ROUGE-" + n, grams, gramCount));
        }
    }

    private static int ExtendGrams(int[][] grams, RougeTokens peer, RougeTokens[] models, int n)
    {
        var ids = new Dictionary<long, int>();
        for (var t = 0; t < grams.Length; t++)
        {
            var tokens = t == 0 ? peer.Tokens : models[t - 1].Tokens;
            var previous = grams[t];
            var next = new int[Math.Max(0, tokens.Length - n + 1)];
            for (var i = 0; i < next.Length; i++)
            {
                var key = ((long)previous[i] << 32) | (uint)tokens[i + n - 1];
                if (!ids.TryGetValue(key, out var id))
                {
                    id = ids.Count;
                    ids.Add(key, id);
                }

                next[i] = id;
            }

            grams[t] = next;
        }

        return ids.Count;
    }

    private RougeScore ClipNGrams(string metric, int[][] grams, int gramCount)
    {
        var peerCounts = new int[gramCount];
        foreach (var gram in grams[0])
        {
            peerCounts[gram]++;
        }

        var modelCounts = new int[gramCount];
        var combined = new RougeCombiner(Options.Formula);
        for (var m = 1; m < grams.Length; m++)
        {
            foreach (var gram in grams[m])
            {
                modelCounts[gram]++;
            }

            var hits = 0;
            foreach (var gram in grams[m])
            {
                if (modelCounts[gram] > 0)
                {
                    hits += Math.Min(modelCounts[gram], peerCounts[gram]);
                    modelCounts[gram] = 0;
                }
            }

            // The script ranks references for -f B by the recall it printed, rounded.
            var modelTotal = grams[m].Length;
            combined.Add(hits, modelTotal, grams[0].Length, modelTotal != 0 ? RougeRounding.Round5((double)hits / modelTotal) : 0);
        }

        return combined.ToScore(metric, Options.Alpha);
    }

    private RougeScore ScoreLcs(RougeTokens peer, RougeTokens[] models, int vocabulary)
    {
        var peerUnigrams = new int[vocabulary];
        foreach (var token in peer.Tokens)
        {
            peerUnigrams[token]++;
        }

        var remainingPeer = new int[vocabulary];
        var remainingModel = new int[vocabulary];
        var lcs = new UnionLcs();
        var combined = new RougeCombiner(Options.Formula);
        foreach (var model in models)
        {
            peerUnigrams.CopyTo(remainingPeer, 0);
            Array.Clear(remainingModel);
            foreach (var token in model.Tokens)
            {
                remainingModel[token]++;
            }

            var hits = 0;
            var modelLength = 0;
            foreach (var sentence in model.Sentences)
            {
                modelLength += sentence.Length;
                var hitMask = lcs.Mark(sentence, peer.Sentences);
                for (var j = 0; j < sentence.Length; j++)
                {
                    // A token already used by another LCS hit is not counted twice (the script's clipping).
                    var token = sentence[j];
                    if (hitMask[j] && remainingModel[token] > 0 && remainingPeer[token] > 0)
                    {
                        hits++;
                        remainingModel[token]--;
                        remainingPeer[token]--;
                    }
                }
            }

            combined.Add(hits, modelLength, peer.Tokens.Length, modelLength > 0 ? (double)hits / modelLength : 0);
        }

        return combined.ToScore("ROUGE-L", Options.Alpha);
    }

    /// <summary>Sums hits and counts over references (<c>-f A</c>) or keeps those of the best one (<c>-f B</c>).</summary>
    private struct RougeCombiner(RougeFormula formula)
    {
        private int _hits;
        private int _modelCount;
        private int _peerCount;
        private double _best = -1;

        public void Add(int hits, int modelCount, int peerCount, double recall)
        {
            if (formula == RougeFormula.ModelAverage)
            {
                _hits += hits;
                _modelCount += modelCount;
                _peerCount += peerCount;
            }
            else if (recall > _best)
            {
                _best = recall;
                _hits = hits;
                _modelCount = modelCount;
                _peerCount = peerCount;
            }
        }

        public readonly RougeScore ToScore(string metric, double alpha)
        {
            var recall = RougeRounding.Ratio(_hits, _modelCount);
            var precision = RougeRounding.Ratio(_hits, _peerCount);
            return new RougeScore(
                metric, recall, precision, RougeRounding.FMeasure(recall, precision, alpha), _modelCount, _peerCount, _hits);
        }
    }
}
