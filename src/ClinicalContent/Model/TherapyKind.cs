using System.Text.Json.Serialization;

namespace ClinicalContent.Model;

/// <summary>What sort of treatment a <see cref="TherapyOption"/> is.</summary>
public enum TherapyKind
{
    /// <summary>A single drug (wire name <c>drug</c>).</summary>
    [JsonStringEnumMemberName("drug")]
    Drug,

    /// <summary>Several drugs given together; each is a component (wire name <c>combination</c>).</summary>
    [JsonStringEnumMemberName("combination")]
    Combination,

    /// <summary>A class of drugs rather than one drug, such as anticonvulsants (wire name <c>drug-class</c>).</summary>
    [JsonStringEnumMemberName("drug-class")]
    DrugClass,

    /// <summary>A procedure or intervention (wire name <c>procedure</c>).</summary>
    [JsonStringEnumMemberName("procedure")]
    Procedure,

    /// <summary>A measure without drugs, such as environmental safety (wire name <c>non-pharmacological</c>).</summary>
    [JsonStringEnumMemberName("non-pharmacological")]
    NonPharmacological,
}
