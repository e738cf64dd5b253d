using System.Text.Json.Serialization;

namespace ClinicalContent.Model;

/// <summary>What a notice shown beside an article tells its readers.</summary>
public enum ReviewNoticeKind
{
    /// <summary>The content has not been approved by a human reviewer yet (wire name <c>pending-review</c>).</summary>
    [JsonStringEnumMemberName("pending-review")]
    PendingReview,

    /// <summary>The content is for education only (wire name <c>educational-use</c>).</summary>
    [JsonStringEnumMemberName("educational-use")]
    EducationalUse,

    /// <summary>Any other notice (wire name <c>other</c>).</summary>
    [JsonStringEnumMemberName("other")]
    Other,
}
