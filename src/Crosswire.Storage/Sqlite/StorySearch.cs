using System.Globalization;
using System.Text;
using Crosswire.Storage.Relational;
using Microsoft.Data.Sqlite;

namespace Crosswire.Storage.Sqlite;

/// <summary>
/// Turns a user's search text into SQL selecting the ids of the stories with an article whose title or text
/// holds every word. User text never reaches SQL or the FTS5 query language unquoted: each word becomes a
/// quoted FTS5 string (so <c>AND</c>, <c>NEAR</c>, <c>*</c> or quotes typed by a user are plain words) or an
/// escaped <c>LIKE</c> pattern bound as a parameter.
/// </summary>
internal static class StorySearch
{
    /// <summary>The subquery, with its parameters added to <paramref name="command"/>.</summary>
    public static string Subquery(string search, bool fullText, SqliteCommand command)
    {
        var words = StoreSql.SearchWords(search);
        if (words.Count == 0)
        {
            return "SELECT NULL WHERE 0";
        }

        if (fullText)
        {
            var match = string.Join(' ', words.Select(word => "\"" + word.Replace("\"", "\"\"", StringComparison.Ordinal) + "\""));
            command.Parameters.AddWithValue("@match", match);
            return $"SELECT a.story_id FROM {SqliteSchema.SearchTable} f JOIN articles a ON a.seq = f.rowid WHERE {SqliteSchema.SearchTable} MATCH @match";
        }

        var conditions = new StringBuilder();
        for (var i = 0; i < words.Count; i++)
        {
            var name = "@like" + i.ToString(CultureInfo.InvariantCulture);
            command.Parameters.AddWithValue(name, StoreSql.ContainsPattern(words[i]));
            conditions.Append(i == 0 ? string.Empty : " AND ")
                .Append(CultureInfo.InvariantCulture, $"(a.title LIKE {name} ESCAPE '\\' OR a.text LIKE {name} ESCAPE '\\')");
        }

        return $"SELECT a.story_id FROM articles a WHERE {conditions}";
    }
}
