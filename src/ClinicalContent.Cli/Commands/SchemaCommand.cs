using System.CommandLine;
using ClinicalContent.Schema;

namespace ClinicalContent.Cli.Commands;

/// <summary><c>clinical-content schema</c>: prints the article JSON Schema embedded in the library, byte for byte.</summary>
internal sealed class SchemaCommand : Command
{
    private readonly CliConsole _console;

    /// <summary>Creates the command, writing to <paramref name="console"/>.</summary>
    /// <param name="console">Where the schema is written.</param>
    public SchemaCommand(CliConsole console)
        : base("schema", "Prints the clinical article JSON Schema (draft 2020-12) to standard output.")
    {
        _console = console;
        SetAction(RunAsync);
    }

    private async Task<int> RunAsync(ParseResult parseResult, CancellationToken cancellationToken)
    {
        await _console.Out.WriteAsync(ArticleSchema.Json.AsMemory(), cancellationToken).ConfigureAwait(false);
        return ExitCodes.Ok;
    }
}
