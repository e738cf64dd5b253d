using System.Text.Json.Serialization;

namespace ClinicalContent.Model;

/// <summary>What a <see cref="Precaution"/> warns about, after FHIR <c>ClinicalUseDefinition</c> types.</summary>
public enum PrecautionKind
{
    /// <summary>Side effects to watch for (wire name <c>adverse-effect</c>).</summary>
    [JsonStringEnumMemberName("adverse-effect")]
    AdverseEffect,

    /// <summary>Risk of dependence (wire name <c>dependence</c>).</summary>
    [JsonStringEnumMemberName("dependence")]
    Dependence,

    /// <summary>Risk on stopping treatment (wire name <c>withdrawal</c>).</summary>
    [JsonStringEnumMemberName("withdrawal")]
    Withdrawal,

    /// <summary>Risk of suicidal thoughts or behaviour (wire name <c>suicidality</c>).</summary>
    [JsonStringEnumMemberName("suicidality")]
    Suicidality,

    /// <summary>Interactions with other drugs, alcohol or food (wire name <c>interaction</c>).</summary>
    [JsonStringEnumMemberName("interaction")]
    Interaction,

    /// <summary>Situations in which the treatment must not be used (wire name <c>contraindication</c>).</summary>
    [JsonStringEnumMemberName("contraindication")]
    Contraindication,

    /// <summary>Any other warning (wire name <c>warning</c>).</summary>
    [JsonStringEnumMemberName("warning")]
    Warning,

    /// <summary>Monitoring the treatment requires (wire name <c>monitoring</c>).</summary>
    [JsonStringEnumMemberName("monitoring")]
    Monitoring,
}
