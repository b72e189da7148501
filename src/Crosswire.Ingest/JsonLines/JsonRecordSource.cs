using System.Text.Json;
using Crosswire.Core.Errors;

namespace Crosswire.Ingest.JsonLines;

/// <summary>One JSON object of an input, or why it could not be read.</summary>
/// <param name="Input">Its name: <c>path:line</c> for JSON lines, <c>path#n</c> for the n-th value of a
/// JSON array or document.</param>
/// <param name="Number">Its line number (JSON lines) or 1-based position (array or document).</param>
/// <param name="Record">The object's fields, or null when rejected.</param>
/// <param name="Rejection">Why the object was rejected, or null.</param>
internal readonly record struct JsonItem(string Input, int Number, JsonRecord? Record, Rejection? Rejection);

/// <summary>
/// Splits JSON input into objects. JSON lines (forced for <c>.jsonl</c> and <c>.ndjson</c>, and chosen
/// whenever the first line is a whole object) are read line by line, so a bad line is rejected with its line
/// number and the others go on. Otherwise the input is one JSON document: an array of objects, or one or more
/// objects one after another; there a syntax error ends the document (the objects before it are kept).
/// </summary>
internal static class JsonRecordSource
{
    /// <summary>The objects of <paramref name="utf8"/>, lazily.</summary>
    public static IEnumerable<JsonItem> Read(ReadOnlyMemory<byte> utf8, string name, bool forceLines, int maxDepth)
    {
        var first = utf8.Span.IndexOfAnyExcept(" \t\r\n"u8);
        if (first < 0)
        {
            return [];
        }

        if (forceLines || (utf8.Span[first] == (byte)'{' && FirstLineIsObject(utf8.Span[first..], maxDepth)))
        {
            return ReadLines(utf8, name, maxDepth);
        }

        return ReadDocument(utf8, name, maxDepth);
    }

    private static JsonReaderOptions Options(int maxDepth, bool multipleValues = false) => new()
    {
        MaxDepth = maxDepth + 2,
        CommentHandling = JsonCommentHandling.Skip,
        AllowMultipleValues = multipleValues,
    };

    private static bool FirstLineIsObject(ReadOnlySpan<byte> text, int maxDepth)
    {
        var end = text.IndexOf((byte)'\n');
        var line = end < 0 ? text : text[..end];
        try
        {
            var reader = new Utf8JsonReader(line, Options(maxDepth));
            reader.Read();
            reader.Skip();
            return !reader.Read();
        }
        catch (JsonException)
        {
            return false;
        }
    }

    private static IEnumerable<JsonItem> ReadLines(ReadOnlyMemory<byte> utf8, string name, int maxDepth)
    {
        var position = 0;
        var lineNumber = 0;
        while (position < utf8.Length)
        {
            lineNumber++;
            var end = utf8.Span[position..].IndexOf((byte)'\n');
            var length = end < 0 ? utf8.Length - position : end;
            var line = utf8.Slice(position, length);
            position += length + 1;
            if (line.Span.IndexOfAnyExcept(" \t\r"u8) < 0)
            {
                continue;
            }

            yield return ReadLine(line.Span, $"{name}:{lineNumber}", lineNumber, maxDepth);
        }
    }

    private static JsonItem ReadLine(ReadOnlySpan<byte> line, string input, int lineNumber, int maxDepth)
    {
        try
        {
            var reader = new Utf8JsonReader(line, Options(maxDepth));
            reader.Read();
            if (reader.TokenType != JsonTokenType.StartObject)
            {
                return Rejected(input, lineNumber, $"expected an object, found {Describe(reader.TokenType)}");
            }

            var record = JsonRecord.Read(ref reader, maxDepth, input);
            if (reader.Read())
            {
                return Rejected(input, lineNumber, $"unexpected {Describe(reader.TokenType)} after the object");
            }

            return new JsonItem(input, lineNumber, record, null);
        }
        catch (JsonException error)
        {
            return Rejected(input, lineNumber, Detail(error));
        }
        catch (CrosswireException error)
        {
            return new JsonItem(input, lineNumber, null, error.ToRejection());
        }
    }

    /// <summary>An array of objects, or objects one after another; the reader is re-created after each
    /// object from its saved state, so the document is read lazily.</summary>
    private static IEnumerable<JsonItem> ReadDocument(ReadOnlyMemory<byte> utf8, string name, int maxDepth)
    {
        var cursor = new Cursor(0, new JsonReaderState(Options(maxDepth, multipleValues: true)), InArray: null);
        for (var number = 1; ; number++)
        {
            var input = $"{name}#{number}";
            var (item, next) = ReadValue(utf8.Span, cursor, input, number, maxDepth);
            if (item is null)
            {
                yield break;
            }

            yield return item.Value;
            if (next is null)
            {
                yield break;
            }

            cursor = next.Value;
        }
    }

    private readonly record struct Cursor(long Offset, JsonReaderState State, bool? InArray);

    private static (JsonItem? Item, Cursor? Next) ReadValue(ReadOnlySpan<byte> utf8, Cursor cursor, string input, int number, int maxDepth)
    {
        var reader = new Utf8JsonReader(utf8[(int)cursor.Offset..], isFinalBlock: true, cursor.State);
        var inArray = cursor.InArray;
        try
        {
            if (!reader.Read())
            {
                return (null, null);
            }

            if (inArray is null)
            {
                inArray = reader.TokenType == JsonTokenType.StartArray;
                if (inArray.Value && !reader.Read())
                {
                    return (null, null);
                }
            }

            if (inArray.Value && reader.TokenType == JsonTokenType.EndArray)
            {
                return reader.Read()
                    ? (Rejected(input, number, $"unexpected {Describe(reader.TokenType)} after the array"), null)
                    : (null, null);
            }

            JsonItem item;
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                item = new JsonItem(input, number, JsonRecord.Read(ref reader, maxDepth, input), null);
            }
            else
            {
                item = Rejected(input, number, $"expected an object, found {Describe(reader.TokenType)}");
                JsonRecord.Skip(ref reader, maxDepth, input);
            }

            return (item, new Cursor(cursor.Offset + reader.BytesConsumed, reader.CurrentState, inArray));
        }
        catch (JsonException error)
        {
            return (Rejected(input, number, Detail(error)), null);
        }
        catch (CrosswireException error)
        {
            return (new JsonItem(input, number, null, error.ToRejection()), null);
        }
    }

    private static JsonItem Rejected(string input, int number, string detail) =>
        new(input, number, null, new CrosswireException(ErrorCatalogue.MalformedJson, input, detail).ToRejection());

    private static string Describe(JsonTokenType token) => token switch
    {
        JsonTokenType.StartArray => "an array",
        JsonTokenType.StartObject => "an object",
        JsonTokenType.String => "a string",
        JsonTokenType.Number => "a number",
        JsonTokenType.True or JsonTokenType.False => "a boolean",
        JsonTokenType.Null => "null",
        _ => token.ToString(),
    };

    /// <summary>The parser's message without its position suffix, which counts from the start of a slice.</summary>
    private static string Detail(JsonException error)
    {
        var message = error.Message;
        var suffix = message.IndexOf(" LineNumber:", StringComparison.Ordinal);
        var text = suffix > 0 ? message[..suffix] : message;
        return error.BytePositionInLine is { } position ? $"{text} (byte {position + 1})" : text;
    }
}
