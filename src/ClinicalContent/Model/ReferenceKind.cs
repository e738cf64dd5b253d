using System.Text.Json.Serialization;

namespace ClinicalContent.Model;

/// <summary>What sort of source a <see cref="Reference"/> is; each maps onto a CSL item type.</summary>
public enum ReferenceKind
{
    /// <summary>A clinical practice guideline (wire name <c>guideline</c>).</summary>
    [JsonStringEnumMemberName("guideline")]
    Guideline,

    /// <summary>A systematic review or meta-analysis (wire name <c>systematic-review</c>).</summary>
    [JsonStringEnumMemberName("systematic-review")]
    SystematicReview,

    /// <summary>Original research (wire name <c>research</c>).</summary>
    [JsonStringEnumMemberName("research")]
    Research,

    /// <summary>A narrative review (wire name <c>review</c>).</summary>
    [JsonStringEnumMemberName("review")]
    Review,

    /// <summary>Official prescribing information (wire name <c>drug-label</c>).</summary>
    [JsonStringEnumMemberName("drug-label")]
    DrugLabel,

    /// <summary>A book or book chapter (wire name <c>textbook</c>).</summary>
    [JsonStringEnumMemberName("textbook")]
    Textbook,

    /// <summary>A web page (wire name <c>website</c>).</summary>
    [JsonStringEnumMemberName("website")]
    Website,

    /// <summary>Anything else (wire name <c>other</c>).</summary>
    [JsonStringEnumMemberName("other")]
    Other,
}
