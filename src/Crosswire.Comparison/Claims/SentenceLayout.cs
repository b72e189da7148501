using Crosswire.Core.Documents;
using Crosswire.Summarization.Stories;

namespace Crosswire.Comparison.Claims;

/// <summary>
/// Maps the summarizer's story-wide sentence ids (every sentence of every article, in article order) to
/// (article, sentence) and back, so comparison stages can use <see cref="StoryIndex"/> similarity by id.
/// </summary>
internal sealed class SentenceLayout
{
    private readonly StoryIndex _story;
    private readonly int[] _starts;
    private readonly Dictionary<(string Article, int Start), int> _byPosition = [];

    public SentenceLayout(StoryIndex story)
    {
        _story = story;
        _starts = new int[story.Articles.Length + 1];
        for (var a = 0; a < story.Articles.Length; a++)
        {
            var analyzed = story.Articles[a];
            _starts[a + 1] = _starts[a] + analyzed.Sentences.Length;
            for (var i = 0; i < analyzed.Sentences.Length; i++)
            {
                _byPosition[(analyzed.Article.Id, analyzed.Sentences[i].Span.Start)] = _starts[a] + i;
            }
        }
    }

    /// <summary>Number of sentences over all articles.</summary>
    public int Count => _starts[^1];

    /// <summary>The article index and sentence index of sentence <paramref name="id"/>.</summary>
    public (int Article, int Index) Locate(int id)
    {
        var article = Array.BinarySearch(_starts, id);
        if (article < 0)
        {
            article = ~article - 1;
        }

        while (article + 1 < _starts.Length - 1 && _starts[article + 1] == id)
        {
            article++;
        }

        return (article, id - _starts[article]);
    }

    /// <summary>The id of the sentence of article <paramref name="articleId"/> starting where <paramref name="span"/> starts.</summary>
    public int? Find(string articleId, TextSpan span) =>
        _byPosition.TryGetValue((articleId, span.Start), out var id) ? id : null;

    /// <summary>The id of the sentence of article index <paramref name="article"/> that contains <paramref name="position"/>.</summary>
    public int? Containing(int article, int position)
    {
        var sentences = _story.Articles[article].Sentences;
        for (var i = 0; i < sentences.Length; i++)
        {
            if (sentences[i].Span.Start <= position && position < sentences[i].Span.End)
            {
                return _starts[article] + i;
            }
        }

        return null;
    }

    /// <summary>The article and span of sentence <paramref name="id"/>.</summary>
    public ClaimSource Source(int id)
    {
        var (article, index) = Locate(id);
        var analyzed = _story.Articles[article];
        return new ClaimSource(analyzed.Article.Id, analyzed.Sentences[index].Span);
    }

    /// <summary>The text of sentence <paramref name="id"/>.</summary>
    public string Text(int id)
    {
        var (article, index) = Locate(id);
        return _story.Articles[article].SentenceText(index);
    }

    /// <summary>True when one of <paramref name="ids"/> belongs to article index <paramref name="article"/>.</summary>
    public bool HasArticle(List<int> ids, int article)
    {
        foreach (var id in ids)
        {
            if (Locate(id).Article == article)
            {
                return true;
            }
        }

        return false;
    }
}
