using Crosswire.Core.Documents;
using Crosswire.Core.Errors;
using Crosswire.Ingest.Input;

namespace Crosswire.Ingest.Html;

/// <summary>Reads one HTML page as one article with id <see cref="InputDocument.IdStem"/>.</summary>
internal static class HtmlReader
{
    /// <summary>The article of the page, or its rejection (E009 no prose, E010 too deep).</summary>
    public static ReadOutcome Read(InputDocument document, HtmlExtractor extractor)
    {
        HtmlPage page;
        try
        {
            page = extractor.ExtractPage(document.Content.Text, document.Name);
        }
        catch (CrosswireException error)
        {
            return ReadOutcome.Rejected(error.ToRejection());
        }

        var metadata = page.Metadata;
        return ReadOutcome.Accepted(new Article
        {
            Id = document.IdStem,
            Text = page.Text,
            Title = metadata.Title,
            Source = metadata.Source,
            Url = metadata.Url,
            Published = metadata.Published,
            Language = metadata.Language,
            Origin = document.Name,
        });
    }
}
