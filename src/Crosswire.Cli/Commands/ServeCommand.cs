using System.CommandLine;
using Crosswire.Cli.Hosting;
using Crosswire.Web.Hosting;

namespace Crosswire.Cli.Commands;

/// <summary><c>crosswire serve [--db PATH] [--urls URL] [--api-key KEY] [--dev] [--max-body-mb N]</c>: the HTTP
/// API and the web page over the story database, until Ctrl+C.</summary>
public static class ServeCommand
{
    /// <summary>The environment variable read for the API key when <c>--api-key</c> is not given.</summary>
    public const string ApiKeyVariable = "CROSSWIRE_API_KEY";

    /// <summary>Creates the command.</summary>
    public static Command Create()
    {
        var database = CommonOptions.Database();
        var urls = new Option<string>("--urls")
        {
            Description = "Addresses to listen on, separated by ';' (port 0 picks a free port)",
            HelpName = "URL",
            DefaultValueFactory = _ => WebServerOptions.DefaultUrl,
        };
        var apiKey = new Option<string?>("--api-key")
        {
            Description = $"Key that write requests must send as 'Authorization: Bearer KEY' (default: ${ApiKeyVariable})",
            HelpName = "KEY",
        };
        var development = new Option<bool>("--dev")
        {
            Description = "Development: allows running without an API key (writes open), on loopback addresses only",
        };
        var maxBody = new Option<int>("--max-body-mb")
        {
            Description = "Largest request body in MiB (413 beyond)",
            HelpName = "N",
            DefaultValueFactory = _ => (int)(new WebServerOptions().MaxBodyBytes / (1024 * 1024)),
        };
        maxBody.Validators.Add(result =>
        {
            if (result.GetValueOrDefault<int>() is < 1 or > 2048)
            {
                result.AddError("--max-body-mb must be from 1 to 2048");
            }
        });
        var command = new Command("serve", "Serves the HTTP API (/api/..., OpenAPI at /openapi/v1.json) and the web page over the story database")
        {
            database, urls, apiKey, development, maxBody,
        };
        command.SetHandler((result, console) =>
        {
            var key = result.GetValue(apiKey);
            var options = new WebServerOptions
            {
                Database = CommonOptions.DatabaseOf(result, database),
                Urls = [.. result.GetRequiredValue(urls).Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries)],
                ApiKey = string.IsNullOrEmpty(key) ? Environment.GetEnvironmentVariable(ApiKeyVariable) : key,
                Development = result.GetValue(development),
                MaxBodyBytes = result.GetValue(maxBody) * 1024L * 1024,
            };
            return RunAsync(console, options).GetAwaiter().GetResult();
        });
        return command;
    }

    private static async Task<int> RunAsync(CliConsole console, WebServerOptions options)
    {
        await using var server = await WebServer.StartAsync(options);
        foreach (var address in server.Addresses)
        {
            console.Out.WriteLine($"crosswire: serving {server.StoreName} at {address} (page: {address}, API: {address}api/stories)");
        }

        if (string.IsNullOrEmpty(options.ApiKey))
        {
            console.Note("crosswire: development mode without an API key: writes are open to anyone on this machine");
        }

        console.Out.Flush();
        await server.WaitForShutdownAsync();
        return ExitCodes.Success;
    }
}
