using System.Text.Json;
using Crosswire.Core.Errors;

namespace Crosswire.Ingest.JsonLines;

/// <summary>
/// The fields of one JSON object that the readers use: an article (<c>id, title, text, source, url,
/// published, language</c>) or a dataset cluster (<c>id, origin, articles, reference | references</c>).
/// Other fields are skipped. Read with <see cref="Utf8JsonReader"/> straight from UTF-8 bytes.
/// </summary>
internal sealed class JsonRecord
{
    /// <summary><c>id</c> (a string, or a number kept as written).</summary>
    public string? Id { get; private set; }

    /// <summary><c>title</c>.</summary>
    public string? Title { get; private set; }

    /// <summary><c>text</c>.</summary>
    public string? Text { get; private set; }

    /// <summary>True when <c>text</c> was present but not a string.</summary>
    public bool TextHasWrongType { get; private set; }

    /// <summary><c>source</c>.</summary>
    public string? Source { get; private set; }

    /// <summary><c>url</c>.</summary>
    public string? Url { get; private set; }

    /// <summary><c>published</c> as written (not parsed).</summary>
    public string? Published { get; private set; }

    /// <summary><c>language</c>.</summary>
    public string? Language { get; private set; }

    /// <summary><c>origin</c> (datasets).</summary>
    public string? Origin { get; private set; }

    /// <summary><c>articles</c> (datasets), or null when absent.</summary>
    public List<JsonRecord>? Articles { get; private set; }

    /// <summary><c>reference</c> and <c>references</c> (datasets), or null when absent.</summary>
    public List<string>? References { get; private set; }

    /// <summary>The first field with a value of the wrong type, or null.</summary>
    public string? WrongField { get; private set; }

    /// <summary>Reads the object at the reader's current <see cref="JsonTokenType.StartObject"/>; leaves the
    /// reader on its <see cref="JsonTokenType.EndObject"/>. Throws <see cref="JsonException"/> for malformed
    /// JSON and <see cref="CrosswireException"/> (E010) when nesting deeper than <paramref name="maxDepth"/>.</summary>
    public static JsonRecord Read(ref Utf8JsonReader reader, int maxDepth, string name)
    {
        CheckDepth(ref reader, maxDepth, name);
        var record = new JsonRecord();
        while (reader.Read() && reader.TokenType == JsonTokenType.PropertyName)
        {
            if (reader.ValueTextEquals("text"u8))
            {
                reader.Read();
                record.Text = ReadString(ref reader, maxDepth, name, out var wrong);
                record.TextHasWrongType = wrong;
            }
            else if (reader.ValueTextEquals("id"u8))
            {
                reader.Read();
                record.Id = reader.TokenType == JsonTokenType.Number
                    ? System.Text.Encoding.UTF8.GetString(reader.ValueSpan)
                    : record.Field(ReadString(ref reader, maxDepth, name, out var wrong), wrong, "id");
            }
            else if (reader.ValueTextEquals("title"u8))
            {
                record.Title = record.StringField(ref reader, maxDepth, name, "title");
            }
            else if (reader.ValueTextEquals("source"u8))
            {
                record.Source = record.StringField(ref reader, maxDepth, name, "source");
            }
            else if (reader.ValueTextEquals("url"u8))
            {
                record.Url = record.StringField(ref reader, maxDepth, name, "url");
            }
            else if (reader.ValueTextEquals("published"u8))
            {
                // An unreadable date is no error: any non-string value counts as absent.
                reader.Read();
                record.Published = ReadString(ref reader, maxDepth, name, out _);
            }
            else if (reader.ValueTextEquals("language"u8))
            {
                record.Language = record.StringField(ref reader, maxDepth, name, "language");
            }
            else if (reader.ValueTextEquals("origin"u8))
            {
                record.Origin = record.StringField(ref reader, maxDepth, name, "origin");
            }
            else if (reader.ValueTextEquals("reference"u8))
            {
                var reference = record.StringField(ref reader, maxDepth, name, "reference");
                if (reference is not null)
                {
                    (record.References ??= []).Add(reference);
                }
            }
            else if (reader.ValueTextEquals("references"u8))
            {
                reader.Read();
                record.ReadReferences(ref reader, maxDepth, name);
            }
            else if (reader.ValueTextEquals("articles"u8))
            {
                reader.Read();
                record.ReadArticles(ref reader, maxDepth, name);
            }
            else
            {
                reader.Read();
                Skip(ref reader, maxDepth, name);
            }
        }

        return record;
    }

    /// <summary>Skips the value at the reader, checking the depth of everything inside it.</summary>
    public static void Skip(ref Utf8JsonReader reader, int maxDepth, string name)
    {
        if (reader.TokenType is not (JsonTokenType.StartObject or JsonTokenType.StartArray))
        {
            return;
        }

        var depth = reader.CurrentDepth;
        CheckDepth(ref reader, maxDepth, name);
        while (reader.Read())
        {
            if (reader.TokenType is JsonTokenType.StartObject or JsonTokenType.StartArray)
            {
                CheckDepth(ref reader, maxDepth, name);
            }
            else if (reader.CurrentDepth == depth)
            {
                return;
            }
        }
    }

    /// <summary>Throws E010 when the container starting at the reader is nested too deep.</summary>
    public static void CheckDepth(ref Utf8JsonReader reader, int maxDepth, string name)
    {
        if (reader.CurrentDepth >= maxDepth)
        {
            throw new CrosswireException(ErrorCatalogue.TooDeep, name, maxDepth);
        }
    }

    private string? StringField(ref Utf8JsonReader reader, int maxDepth, string name, string field)
    {
        reader.Read();
        return Field(ReadString(ref reader, maxDepth, name, out var wrong), wrong, field);
    }

    private string? Field(string? value, bool wrongType, string field)
    {
        if (wrongType)
        {
            WrongField ??= field;
        }

        return value;
    }

    private static string? ReadString(ref Utf8JsonReader reader, int maxDepth, string name, out bool wrongType)
    {
        wrongType = false;
        switch (reader.TokenType)
        {
            case JsonTokenType.String:
                return reader.GetString();
            case JsonTokenType.Null:
                return null;
            default:
                wrongType = true;
                Skip(ref reader, maxDepth, name);
                return null;
        }
    }

    private void ReadReferences(ref Utf8JsonReader reader, int maxDepth, string name)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            WrongField ??= "references";
            Skip(ref reader, maxDepth, name);
            return;
        }

        CheckDepth(ref reader, maxDepth, name);
        References ??= [];
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            var reference = ReadString(ref reader, maxDepth, name, out var wrong);
            if (wrong)
            {
                WrongField ??= "references";
            }
            else if (reference is not null)
            {
                References.Add(reference);
            }
        }
    }

    private void ReadArticles(ref Utf8JsonReader reader, int maxDepth, string name)
    {
        if (reader.TokenType != JsonTokenType.StartArray)
        {
            WrongField ??= "articles";
            Skip(ref reader, maxDepth, name);
            return;
        }

        CheckDepth(ref reader, maxDepth, name);
        Articles = [];
        while (reader.Read() && reader.TokenType != JsonTokenType.EndArray)
        {
            if (reader.TokenType == JsonTokenType.StartObject)
            {
                Articles.Add(Read(ref reader, maxDepth, name));
            }
            else
            {
                WrongField ??= "articles";
                Skip(ref reader, maxDepth, name);
            }
        }
    }
}
