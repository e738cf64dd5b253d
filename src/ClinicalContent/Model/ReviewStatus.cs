using System.Text.Json.Serialization;

namespace ClinicalContent.Model;

/// <summary>Where an article stands in editorial review, after FHIR's publication status.</summary>
/// <remarks>Only <see cref="Approved"/> articles may drop the pending-review notice.</remarks>
public enum ReviewStatus
{
    /// <summary>Being written; not ready for review (wire name <c>draft</c>).</summary>
    [JsonStringEnumMemberName("draft")]
    Draft,

    /// <summary>Written and handed in; nobody has reviewed it yet (wire name <c>submitted</c>).</summary>
    [JsonStringEnumMemberName("submitted")]
    Submitted,

    /// <summary>A reviewer is working on it (wire name <c>under-review</c>).</summary>
    [JsonStringEnumMemberName("under-review")]
    UnderReview,

    /// <summary>Sent back to the authors with requested changes (wire name <c>changes-requested</c>).</summary>
    [JsonStringEnumMemberName("changes-requested")]
    ChangesRequested,

    /// <summary>Signed off by at least one named reviewer on a known date (wire name <c>approved</c>).</summary>
    [JsonStringEnumMemberName("approved")]
    Approved,

    /// <summary>Withdrawn from use; kept for the record (wire name <c>retired</c>).</summary>
    [JsonStringEnumMemberName("retired")]
    Retired,
}
