namespace ClinicalContent.Fhir;

/// <summary>Settings for exporting an article to FHIR R4; treat an instance as frozen.</summary>
public sealed record FhirExportOptions
{
    /// <summary>The default settings: timestamp from the article, system clock only when it has no date, compact JSON.</summary>
    public static FhirExportOptions Default { get; } = new();

    /// <summary>The Bundle's <c>timestamp</c>, when the caller fixes it.</summary>
    /// <remarks>When null, the export takes the article's <c>review.lastUpdated</c> (midnight UTC), else its latest review date,
    /// so that the same article always gives the same Bundle; only an article with no date at all falls back to
    /// <see cref="TimeProvider"/>.</remarks>
    public DateTimeOffset? Timestamp { get; init; }

    /// <summary>The clock read when neither <see cref="Timestamp"/> nor the article gives a date; defaults to <see cref="System.TimeProvider.System"/>.</summary>
    public TimeProvider TimeProvider { get; init; } = TimeProvider.System;

    /// <summary>Whether <see cref="FhirArticleConverter.ToJson"/> indents its output; false (compact) by default.</summary>
    public bool WriteIndented { get; init; }
}
