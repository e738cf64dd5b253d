using System.ComponentModel.DataAnnotations;

namespace ClinicalContent.Model;

/// <summary>How strong the evidence for a treatment is, graded under a named system such as GRADE.</summary>
public sealed record Evidence
{
    /// <summary>The grading system (JSON <c>gradingSystem</c>), such as <c>GRADE</c> or <c>AAN</c>.</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public required string GradingSystem { get; init; }

    /// <summary>The strength of the recommendation in that system (JSON <c>strength</c>), such as <c>strong</c> or <c>Level A</c>.</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public string? Strength { get; init; }

    /// <summary>The certainty of the evidence in that system (JSON <c>certainty</c>), such as <c>moderate</c>.</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public string? Certainty { get; init; }

    /// <summary>Members a newer schema added that this version does not know; written back unchanged.</summary>
    public UnknownMembers? UnknownMembers { get; init; }
}
