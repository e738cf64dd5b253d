using System.Text;

namespace ClinicalContent.Cli;

/// <summary>Where a run of the tool reads and writes: the process console, or writers and streams a test supplies.</summary>
internal sealed record CliConsole
{
    /// <summary>Standard output: the machine-readable report (<c>--format json|sarif</c>) and the schema.</summary>
    public required TextWriter Out { get; init; }

    /// <summary>Standard error: text diagnostics, the summary line and usage errors.</summary>
    public required TextWriter Error { get; init; }

    /// <summary>Opens standard input, read when a path is <c>-</c>.</summary>
    public Func<Stream> OpenStandardInput { get; init; } = static () => Stream.Null;

    /// <summary>The directory relative paths and patterns are resolved against.</summary>
    public string WorkingDirectory { get; init; } = Environment.CurrentDirectory;

    /// <summary>Whether standard error is a terminal that shows colour (and <c>NO_COLOR</c> is not set).</summary>
    public bool ErrorSupportsColor { get; init; }

    /// <summary>Whether Ctrl+C and SIGTERM cancel the run; only for the real process, never in tests.</summary>
    public bool HandlesTermination { get; init; }

    /// <summary>The process console, with buffered UTF-8 writers that the run flushes when it ends.</summary>
    /// <returns>The console of this process.</returns>
    public static CliConsole FromSystemConsole()
    {
        var utf8 = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);
        return new CliConsole
        {
            Out = new StreamWriter(Console.OpenStandardOutput(), utf8) { AutoFlush = false },
            Error = new StreamWriter(Console.OpenStandardError(), utf8) { AutoFlush = false },
            OpenStandardInput = Console.OpenStandardInput,
            WorkingDirectory = Environment.CurrentDirectory,
            ErrorSupportsColor = !Console.IsErrorRedirected && string.IsNullOrEmpty(Environment.GetEnvironmentVariable("NO_COLOR")),
            HandlesTermination = true,
        };
    }
}
