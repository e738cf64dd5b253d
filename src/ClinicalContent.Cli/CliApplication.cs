using System.CommandLine;
using ClinicalContent.Cli.Commands;

namespace ClinicalContent.Cli;

/// <summary>Builds the command tree and runs one command line against a <see cref="CliConsole"/>.</summary>
internal static class CliApplication
{
    /// <summary>Builds the root command with every subcommand, writing to <paramref name="console"/>.</summary>
    /// <param name="console">Where the commands read and write.</param>
    /// <returns>The root command.</returns>
    public static RootCommand CreateRootCommand(CliConsole console)
    {
        var root = new RootCommand("Validates, imports, renders, converts and exports structured clinical articles, and prints the published article schema.");
        root.Subcommands.Add(new ValidateCommand(console));
        root.Subcommands.Add(new SchemaCommand(console));
        root.Subcommands.Add(new ImportCommand(console));
        root.Subcommands.Add(new RenderCommand(console));
        root.Subcommands.Add(new ConvertCommand(console));
        root.Subcommands.Add(new ExportCommand(console));
        return root;
    }

    /// <summary>Runs a command line with the given output writers and no standard input.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="stdout">Receives standard output.</param>
    /// <param name="stderr">Receives standard error.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The exit code; see <see cref="ExitCodes"/>.</returns>
    public static Task<int> RunAsync(IReadOnlyList<string> args, TextWriter stdout, TextWriter stderr, CancellationToken cancellationToken = default)
        => RunAsync(args, new CliConsole { Out = stdout, Error = stderr }, cancellationToken);

    /// <summary>Runs a command line against a console.</summary>
    /// <param name="args">The arguments, without the program name.</param>
    /// <param name="console">Where the run reads and writes; both writers are flushed before this returns.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>The exit code; see <see cref="ExitCodes"/>.</returns>
    public static async Task<int> RunAsync(IReadOnlyList<string> args, CliConsole console, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(args);
        ArgumentNullException.ThrowIfNull(console);
        try
        {
            var parseResult = CreateRootCommand(console).Parse(args);
            var invocation = new InvocationConfiguration
            {
                Output = console.Out,
                Error = console.Error,

                // Its handler exits with 1, which is the usage-error code here; unexpected failures exit with 4.
                EnableDefaultExceptionHandler = false,
                ProcessTerminationTimeout = console.HandlesTermination ? TimeSpan.FromSeconds(2) : null,
            };
            return await parseResult.InvokeAsync(invocation, cancellationToken).ConfigureAwait(false);
        }
        catch (OperationCanceledException)
        {
            await console.Error.WriteLineAsync("clinical-content: cancelled.").ConfigureAwait(false);
            return ExitCodes.Cancelled;
        }
#pragma warning disable CA1031 // The last line of defence: any failure becomes exit code 4 with a message, never a stack dump.
        catch (Exception exception)
#pragma warning restore CA1031
        {
            await console.Error.WriteLineAsync($"clinical-content: internal error: {exception.GetType().Name}: {exception.Message}").ConfigureAwait(false);
            return ExitCodes.InternalError;
        }
        finally
        {
            await console.Out.FlushAsync(CancellationToken.None).ConfigureAwait(false);
            await console.Error.FlushAsync(CancellationToken.None).ConfigureAwait(false);
        }
    }
}
