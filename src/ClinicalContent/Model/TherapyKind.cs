namespace ClinicalContent.Model;

/// <summary>What sort of treatment a <see cref="TherapyOption"/> is.</summary>
public enum TherapyKind
{
    /// <summary>A single drug (wire name <c>drug</c>).</summary>
    Drug,

    /// <summary>Several drugs given together; each is a component (wire name <c>combination</c>).</summary>
    Combination,

    /// <summary>A class of drugs rather than one drug, such as anticonvulsants (wire name <c>drug-class</c>).</summary>
    DrugClass,

    /// <summary>A procedure or intervention (wire name <c>procedure</c>).</summary>
    Procedure,

    /// <summary>A measure without drugs, such as environmental safety (wire name <c>non-pharmacological</c>).</summary>
    NonPharmacological,
}
