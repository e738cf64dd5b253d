namespace ClinicalContent.Cli.Reporting;

/// <summary>The totals of a <c>validate</c> run and the exit code they give.</summary>
internal sealed record RunSummary
{
    /// <summary>Inputs reported, readable or not.</summary>
    public required int Files { get; init; }

    /// <summary>Articles validated.</summary>
    public required int Articles { get; init; }

    /// <summary>Content errors (after <c>--strict</c>).</summary>
    public required int Errors { get; init; }

    /// <summary>Content warnings.</summary>
    public required int Warnings { get; init; }

    /// <summary>Content information issues.</summary>
    public required int Information { get; init; }

    /// <summary>Inputs that could not be read.</summary>
    public required int Unreadable { get; init; }

    /// <summary>Inputs whose validation failed unexpectedly.</summary>
    public required int Failed { get; init; }

    /// <summary>Inputs that were read and hold no error.</summary>
    public required int ValidFiles { get; init; }

    /// <summary>The exit code: the highest of 4 (failed), 3 (unreadable), 2 (invalid) that applies, else 0.</summary>
    public int ExitCode =>
        Failed > 0 ? ExitCodes.InternalError
        : Unreadable > 0 ? ExitCodes.InputUnreadable
        : ValidFiles < Files ? ExitCodes.ContentInvalid
        : ExitCodes.Ok;

    /// <summary>Adds up the reports of a run.</summary>
    /// <param name="reports">Every report.</param>
    /// <returns>The totals.</returns>
    public static RunSummary From(IReadOnlyCollection<FileReport> reports)
    {
        ArgumentNullException.ThrowIfNull(reports);
        return new RunSummary
        {
            Files = reports.Count,
            Articles = reports.Sum(static r => r.Articles),
            Errors = reports.Sum(static r => r.ErrorCount),
            Warnings = reports.Sum(static r => r.WarningCount),
            Information = reports.Sum(static r => r.InformationCount),
            Unreadable = reports.Count(static r => r.Status == FileStatus.Unreadable),
            Failed = reports.Count(static r => r.Status == FileStatus.Failed),
            ValidFiles = reports.Count(static r => r.IsValid),
        };
    }
}
