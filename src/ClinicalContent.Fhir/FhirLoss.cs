using ClinicalContent.Validation;

namespace ClinicalContent.Fhir;

/// <summary>One part of an article that the FHIR R4 export could not carry, named by its JSON Pointer into the article.</summary>
/// <remarks>Removing the member at <see cref="Pointer"/> from the article's JSON is exactly what the export lost: importing the
/// exported Bundle gives back the article with every reported member removed.</remarks>
public sealed record FhirLoss
{
    /// <summary>Stable identifier from the CC7001–CC7049 block of <see cref="IssueCodes"/>, such as
    /// <see cref="IssueCodes.FhirTimingOffsetNotCarried"/>; see docs/issue-codes.md.</summary>
    public required string Code { get; init; }

    /// <summary>RFC 6901 JSON Pointer into the article's JSON to the member that was not carried, such as
    /// <c>/firstLineTherapy/options/0/components/0/dosages/1/timing/offset</c>.</summary>
    [System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "JSON Pointer is the name RFC 6901 gives it.")]
    public required string Pointer { get; init; }

    /// <summary>What was not carried and why; wording may change between versions, the code may not.</summary>
    public required string Message { get; init; }

    /// <inheritdoc/>
    public override string ToString() => $"{Code}: {Message} (at '{Pointer}')";
}
