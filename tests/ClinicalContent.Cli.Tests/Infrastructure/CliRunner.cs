namespace ClinicalContent.Cli.Tests.Infrastructure;

/// <summary>Runs the tool in-process, with captured output, a chosen working directory and optional standard input.</summary>
internal static class CliRunner
{
    public static Task<CliRun> RunAsync(params string[] args) => RunInAsync(RepositoryPaths.Root, args);

    public static Task<CliRun> RunInAsync(string workingDirectory, params string[] args) => RunAsync(workingDirectory, stdin: null, args);

    public static async Task<CliRun> RunAsync(string workingDirectory, byte[]? stdin, params string[] args)
    {
        using var stdout = new StringWriter();
        using var stderr = new StringWriter();
        var console = new CliConsole
        {
            Out = stdout,
            Error = stderr,
            WorkingDirectory = workingDirectory,
            OpenStandardInput = () => new MemoryStream(stdin ?? [], writable: false),
        };

        var exitCode = await CliApplication.RunAsync(args, console);

        return new CliRun(exitCode, stdout.ToString(), stderr.ToString());
    }
}
