using System.Collections.Immutable;
using ClinicalContent.Validation;

namespace ClinicalContent.Cli.Commands;

/// <summary>The settings of one <c>validate</c> run, bound from the command line. Immutable.</summary>
internal sealed record ValidateCommandOptions
{
    /// <summary>Files, directories, glob patterns, or <c>-</c> for standard input, as typed.</summary>
    public required ImmutableArray<string> Paths { get; init; }

    /// <summary>How issues are reported.</summary>
    public OutputFormat Format { get; init; } = OutputFormat.Text;

    /// <summary>Whether warnings are promoted to errors, so that they fail the run.</summary>
    public bool Strict { get; init; }

    /// <summary>Per-code severities that replace the library's defaults.</summary>
    public ImmutableSortedDictionary<string, IssueSeverity> SeverityOverrides { get; init; } = ImmutableSortedDictionary<string, IssueSeverity>.Empty.WithComparers(StringComparer.Ordinal);

    /// <summary>Codes that are not reported at all (<c>--severity CODE=none</c>).</summary>
    public ImmutableSortedSet<string> SuppressedCodes { get; init; } = ImmutableSortedSet<string>.Empty.WithComparer(StringComparer.Ordinal);

    /// <summary>Whether text output stays free of colour even on a terminal.</summary>
    public bool NoColor { get; init; }

    /// <summary>How standard input is read.</summary>
    public StdinFormat StdinFormat { get; init; } = StdinFormat.Auto;

    /// <summary>How many files (and NDJSON lines) are validated at once; at least 1.</summary>
    public int Jobs { get; init; } = Environment.ProcessorCount;
}
