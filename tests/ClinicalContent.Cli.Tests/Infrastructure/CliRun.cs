namespace ClinicalContent.Cli.Tests.Infrastructure;

/// <summary>What one in-process run of the tool gave.</summary>
internal sealed record CliRun(int ExitCode, string Out, string Error)
{
    public override string ToString() => $"exit {ExitCode}\n--- stdout ---\n{Out}\n--- stderr ---\n{Error}";
}
