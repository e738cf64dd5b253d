namespace ClinicalContent.Cli;

/// <summary>
/// The codes the command line reports about its inputs (the CC9xxx range). Content issues keep the library's
/// codes from <see cref="ClinicalContent.Validation.IssueCodes"/>.
/// </summary>
internal static class CliIssueCodes
{
    /// <summary>An input could not be read: it does not exist, or reading it failed.</summary>
    public const string InputUnreadable = "CC9001";

    /// <summary>A directory or glob pattern named no file to validate.</summary>
    public const string NoInputFound = "CC9002";

    /// <summary>Validating an input failed unexpectedly; this is a defect in the tool.</summary>
    public const string InternalError = "CC9003";
}
