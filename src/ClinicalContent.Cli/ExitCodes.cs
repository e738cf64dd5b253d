namespace ClinicalContent.Cli;

/// <summary>
/// The process exit codes of <c>clinical-content</c>. When several apply to one run, the highest wins:
/// an internal error over unreadable input over invalid content.
/// </summary>
/// <remarks>
/// Unreadable input outranks invalid content because the verdict on the run is then incomplete: a pipeline
/// must not treat "some files could not be read" as "the content was checked and found wanting".
/// </remarks>
internal static class ExitCodes
{
    /// <summary>Every input was read and is valid (warnings allowed unless <c>--strict</c>).</summary>
    public const int Ok = 0;

    /// <summary>The command line is wrong; this is System.CommandLine's own parse-error code.</summary>
    public const int UsageError = 1;

    /// <summary>At least one article has an error (or, with <c>--strict</c>, a warning).</summary>
    public const int ContentInvalid = 2;

    /// <summary>At least one input could not be read (a missing path, an I/O failure, or a pattern that matched nothing),
    /// or an output file could not be written (it is then left unchanged).</summary>
    public const int InputUnreadable = 3;

    /// <summary>The tool failed unexpectedly; a message on standard error says why.</summary>
    public const int InternalError = 4;

    /// <summary>The run was cancelled (Ctrl+C); the shell's convention, which System.CommandLine also follows.</summary>
    public const int Cancelled = 130;
}
