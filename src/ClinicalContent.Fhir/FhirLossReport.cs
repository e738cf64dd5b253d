namespace ClinicalContent.Fhir;

/// <summary>Everything an export to FHIR R4 could not carry: never silent, and precise to the member.</summary>
/// <remarks>Entries come in document order of the article, one per member not carried. An empty report means the Bundle
/// carries the whole article and importing it gives back an equal article.</remarks>
public sealed record FhirLossReport
{
    /// <summary>A report with no entries.</summary>
    public static FhirLossReport None { get; } = new() { Entries = [] };

    /// <summary>Each member not carried, in document order.</summary>
    public required EquatableArray<FhirLoss> Entries { get; init; }

    /// <summary>True when the export carried the whole article.</summary>
    public bool IsEmpty => Entries.IsEmpty;
}
