using System.Text.Json;
using Crosswire.Core.Errors;

namespace Crosswire.Cli.Rendering;

/// <summary>Writes rejections the same way in every command's JSON output.</summary>
public static class RejectionJson
{
    /// <summary>Writes <paramref name="rejections"/> as the array property <paramref name="name"/>: one
    /// <c>{"input", "code", "message"}</c> object each.</summary>
    public static void WriteArray(Utf8JsonWriter json, string name, IEnumerable<Rejection> rejections)
    {
        ArgumentNullException.ThrowIfNull(json);
        ArgumentNullException.ThrowIfNull(rejections);
        json.WriteStartArray(name);
        foreach (var rejection in rejections)
        {
            json.WriteStartObject();
            json.WriteString("input", rejection.Input);
            json.WriteString("code", rejection.Code);
            json.WriteString("message", rejection.Message);
            json.WriteEndObject();
        }

        json.WriteEndArray();
    }
}
