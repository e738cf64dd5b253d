using System.ComponentModel.DataAnnotations;

namespace ClinicalContent.Model;

/// <summary>One treatment: a drug, a combination, a class of drugs, a procedure or a non-drug measure.</summary>
/// <remarks><see cref="Points"/> hold the text as written; <see cref="Components"/>, <see cref="Efficacy"/> and
/// <see cref="Evidence"/> are its structured reading.</remarks>
public sealed record TherapyOption
{
    /// <summary>The treatment's name (JSON <c>name</c>), such as <c>Clonazepam</c> or <c>Tizanidine + baclofen + clonazepam</c>.</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public required string Name { get; init; }

    /// <summary>What sort of treatment it is (JSON <c>kind</c>).</summary>
    public required TherapyKind Kind { get; init; }

    /// <summary>What the source says of the treatment as a whole (JSON <c>description</c>), such as
    /// "Most effective treatment for most forms of myoclonus"; supported by <see cref="Citations"/>.</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public string? Description { get; init; }

    /// <summary>The drugs the treatment is made of, each with its doses (JSON <c>components</c>).</summary>
    public EquatableArray<TherapyComponent> Components { get; init; }

    /// <summary>What the treatment is for (JSON <c>indication</c>), such as <c>epileptic myoclonus</c>.</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public string? Indication { get; init; }

    /// <summary>Who the treatment is for (JSON <c>population</c>), such as <c>adults over 65</c>.</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public string? Population { get; init; }

    /// <summary>When effects are expected (JSON <c>onset</c>), such as <c>within the first week</c>.</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public string? Onset { get; init; }

    /// <summary>How well the treatment works, when the source gives a figure (JSON <c>efficacy</c>).</summary>
    public Efficacy? Efficacy { get; init; }

    /// <summary>How strong the evidence is, under a named grading system (JSON <c>evidence</c>).</summary>
    public Evidence? Evidence { get; init; }

    /// <summary>The statements about the treatment, in order (JSON <c>points</c>).</summary>
    public EquatableArray<Statement> Points { get; init; }

    /// <summary>The references that support <see cref="Description"/> (JSON <c>citations</c>).</summary>
    public EquatableArray<Citation> Citations { get; init; }

    /// <summary>Members a newer schema added that this version does not know; written back unchanged.</summary>
    public UnknownMembers? UnknownMembers { get; init; }
}
