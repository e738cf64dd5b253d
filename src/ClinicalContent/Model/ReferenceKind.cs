namespace ClinicalContent.Model;

/// <summary>What sort of source a <see cref="Reference"/> is; each maps onto a CSL item type.</summary>
public enum ReferenceKind
{
    /// <summary>A clinical practice guideline (wire name <c>guideline</c>).</summary>
    Guideline,

    /// <summary>A systematic review or meta-analysis (wire name <c>systematic-review</c>).</summary>
    SystematicReview,

    /// <summary>Original research (wire name <c>research</c>).</summary>
    Research,

    /// <summary>A narrative review (wire name <c>review</c>).</summary>
    Review,

    /// <summary>Official prescribing information (wire name <c>drug-label</c>).</summary>
    DrugLabel,

    /// <summary>A book or book chapter (wire name <c>textbook</c>).</summary>
    Textbook,

    /// <summary>A web page (wire name <c>website</c>).</summary>
    Website,

    /// <summary>Anything else (wire name <c>other</c>).</summary>
    Other,
}
