using System.CommandLine;
using System.Globalization;
using Crosswire.Cli.Hosting;
using Crosswire.Cli.Rendering;
using Crosswire.Core.Errors;
using Crosswire.Storage;
using Crosswire.Storage.Stories;

namespace Crosswire.Cli.Commands;

/// <summary><c>crosswire stories [--db PATH] [--since DATE] [--search TEXT] [--limit N] [--offset N]
/// [--format table|json]</c>: lists stored stories, newest first.</summary>
public static class StoriesCommand
{
    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var format = CommonOptions.Format();
        var since = new Option<string?>("--since")
        {
            Description = "Only stories with an article seen on or after this date (yyyy-MM-dd, or a date-time with offset)",
            HelpName = "DATE",
        };
        var search = new Option<string?>("--search")
        {
            Description = "Only stories whose articles' titles or texts contain these words",
            HelpName = "TEXT",
        };
        var limit = new Option<int>("--limit")
        {
            Description = "Stories per page",
            HelpName = "N",
            DefaultValueFactory = _ => new StoryQuery().Limit,
        };
        var offset = new Option<int>("--offset")
        {
            Description = "Stories to skip (for the next pages)",
            HelpName = "N",
        };
        var command = new Command("stories", "Lists the stories in the database, newest first: id, headline, article count, outlets, first and last seen")
        {
            database, since, search, limit, offset, format,
        };
        command.SetHandler((result, console) =>
            RunAsync(
                console,
                CommonOptions.DatabaseOf(result, database),
                result.GetValue(since),
                result.GetValue(search),
                result.GetValue(limit),
                result.GetValue(offset),
                result.GetValue(format)).GetAwaiter().GetResult());
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, string database, string? since, string? search, int limit, int offset, OutputFormat format)
    {
        if (limit < 1 || offset < 0)
        {
            throw new CrosswireException(ErrorCatalogue.BadArgument, limit < 1 ? "--limit" : "--offset", limit < 1 ? "must be at least 1" : "must not be negative");
        }

        var query = new StoryQuery { Since = ParseSince(since), Search = search, Limit = limit, Offset = offset };
        await using var store = await StoryStores.OpenAsync(database);
        var page = await store.ListStoriesAsync(query);
        if (format == OutputFormat.Json)
        {
            console.WriteJson(json =>
            {
                json.WriteStartObject();
                json.WriteNumber("total", page.Total);
                json.WriteNumber("offset", offset);
                json.WriteStartArray("stories");
                foreach (var story in page.Stories)
                {
                    StoryListing.WriteJson(json, story);
                }

                json.WriteEndArray();
                json.WriteEndObject();
            });
        }
        else if (page.Stories.IsEmpty)
        {
            console.Out.WriteLine(page.Total == 0 ? "no stories" : string.Create(CultureInfo.InvariantCulture, $"no stories after the first {offset:N0} of {page.Total:N0}"));
        }
        else
        {
            StoryListing.RenderTable(console, page.Stories);
            console.Out.WriteLine(string.Create(CultureInfo.InvariantCulture,
                $"{offset + 1:N0}-{offset + page.Stories.Length:N0} of {page.Total:N0} stories"));
        }

        return ExitCodes.Success;
    }

    private static DateTimeOffset? ParseSince(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        var styles = DateTimeStyles.AllowWhiteSpaces | DateTimeStyles.AssumeUniversal;
        if (DateTimeOffset.TryParseExact(text, "yyyy-MM-dd", CultureInfo.InvariantCulture, styles, out var date)
            || DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, styles, out date))
        {
            return date;
        }

        throw new CrosswireException(ErrorCatalogue.BadArgument, "--since", $"'{text}' is not a date (expected yyyy-MM-dd)");
    }
}
