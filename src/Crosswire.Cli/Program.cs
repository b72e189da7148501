using Crosswire.Cli.Commands;
using Crosswire.Cli.Hosting;

// The commands, one line each; every command lives in Commands/<Name>Command.cs.
return CliApplication.Run(args,
[
    ReadCommand.Create(),
    SentencesCommand.Create(),
    IngestCommand.Create(),
    StoriesCommand.Create(),
]);
