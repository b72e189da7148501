using System.Globalization;
using System.Security.Cryptography;
using Crosswire.Core.Errors;
using Crosswire.Engine.Ingestion;
using Crosswire.Ingest;
using Crosswire.Storage;

namespace Crosswire.Web.Api;

/// <summary>
/// <c>POST /api/articles</c>: reads the request's articles (a JSON object or array, JSON lines, or uploaded
/// files and pasted text in any supported format) and ingests them with one <see cref="StoryIngestor"/>, one
/// request at a time (the ingestor's clusterer follows the store's order).
/// </summary>
internal sealed class ArticleIntake : IDisposable
{
    private readonly StoryIngestor _ingestor;
    private readonly SemaphoreSlim _gate = new(1, 1);
    private readonly long _maxBodyBytes;

    public ArticleIntake(IStoryStore store, long maxBodyBytes)
    {
        _ingestor = new StoryIngestor(store);
        _maxBodyBytes = maxBodyBytes;
    }

    public void Dispose() => _gate.Dispose();

    public async Task<IResult> PostAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        var path = request.Path.Value ?? "/api/articles";
        if (request.ContentLength > _maxBodyBytes)
        {
            return Problems.Of(StatusCodes.Status413PayloadTooLarge, ErrorCatalogue.BodyTooLarge, path, _maxBodyBytes);
        }

        try
        {
            var inputs = await ReadInputsAsync(request, path, cancellationToken);
            if (inputs is null)
            {
                return Problems.Of(StatusCodes.Status415UnsupportedMediaType, ErrorCatalogue.UnsupportedMediaType, path, request.ContentType ?? "none");
            }

            IngestReport report;
            await _gate.WaitAsync(cancellationToken);
            try
            {
                report = await _ingestor.IngestAsync(inputs, cancellationToken: cancellationToken);
            }
            finally
            {
                _gate.Release();
            }

            var result = IngestResult.From(report);
            return result.Created.Count > 0 ? Results.Json(result, statusCode: StatusCodes.Status201Created) : Results.Json(result);
        }
        catch (BadHttpRequestException error) when (error.StatusCode == StatusCodes.Status413PayloadTooLarge)
        {
            return Problems.Of(StatusCodes.Status413PayloadTooLarge, ErrorCatalogue.BodyTooLarge, path, _maxBodyBytes);
        }
        catch (InvalidDataException error)
        {
            // The form reader's limits (multipart body or section over the size limit, too many parts).
            return error.Message.Contains("limit", StringComparison.OrdinalIgnoreCase)
                ? Problems.Of(StatusCodes.Status413PayloadTooLarge, ErrorCatalogue.BodyTooLarge, path, _maxBodyBytes)
                : Results.Problem(detail: $"{path}: malformed form data: {error.Message}", statusCode: StatusCodes.Status400BadRequest);
        }
        catch (CrosswireException error)
        {
            return Problems.Of(error);
        }
    }

    /// <summary>The request's inputs, or null for a media type this endpoint does not take.</summary>
    private static async Task<List<ReadOutcome>?> ReadInputsAsync(HttpRequest request, string path, CancellationToken cancellationToken)
    {
        var stem = UploadStem();
        var reader = new ArticleReader();
        if (request.HasFormContentType)
        {
            var form = await request.ReadFormAsync(cancellationToken);
            var outcomes = new List<ReadOutcome>();
            var pasted = 0;
            foreach (var field in form)
            {
                foreach (var value in field.Value)
                {
                    if (!string.IsNullOrWhiteSpace(value) && field.Key is "text" or "article")
                    {
                        pasted++;
                        outcomes.AddRange(reader.ReadText(value, string.Create(CultureInfo.InvariantCulture, $"{stem}-pasted{pasted}.txt")));
                    }
                }
            }

            foreach (var file in form.Files)
            {
                var name = SafeFileName(file.FileName, stem, outcomes.Count);
                await using var stream = file.OpenReadStream();
                outcomes.AddRange(reader.ReadStream(stream, name));
            }

            if (outcomes.Count == 0)
            {
                outcomes.Add(ReadOutcome.Rejected(new CrosswireException(ErrorCatalogue.Empty, path).ToRejection()));
            }

            return outcomes;
        }

        var mediaType = request.ContentType?.Split(';')[0].Trim() ?? string.Empty;
        var isJson = mediaType.Equals("application/json", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("application/x-ndjson", StringComparison.OrdinalIgnoreCase)
            || mediaType.Equals("application/jsonl", StringComparison.OrdinalIgnoreCase)
            || mediaType.EndsWith("+json", StringComparison.OrdinalIgnoreCase);
        if (!isJson)
        {
            return null;
        }

        // Kestrel enforces the body limit while this reads (BadHttpRequestException, 413).
        using var body = new StreamReader(request.Body);
        var text = await body.ReadToEndAsync(cancellationToken);
        var extension = mediaType.EndsWith("json", StringComparison.OrdinalIgnoreCase) ? ".json" : ".jsonl";
        return [.. reader.ReadText(text, stem + extension, InputFormat.JsonLines)];
    }

    /// <summary>A name for this request's inputs, unique per request so that articles without an id of their
    /// own (named after it) never collide with an earlier request's.</summary>
    private static string UploadStem() =>
        string.Create(CultureInfo.InvariantCulture, $"upload-{DateTimeOffset.UtcNow:yyyyMMddHHmmss}-{Convert.ToHexStringLower(RandomNumberGenerator.GetBytes(3))}");

    /// <summary>The uploaded file's name without any folder (the client chooses it), or a made-up one.</summary>
    private static string SafeFileName(string? fileName, string stem, int position)
    {
        var name = Path.GetFileName((fileName ?? string.Empty).Replace('\\', '/'));
        name = new string([.. name.Where(c => !char.IsControl(c))]).Trim();
        if (name.Length == 0 || name is "." or "..")
        {
            return string.Create(CultureInfo.InvariantCulture, $"{stem}-file{position + 1}");
        }

        return name.Length > 120 ? name[..120] : name;
    }
}
