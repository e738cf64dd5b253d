using System.Text.Json.Serialization;

namespace ClinicalContent.Model;

/// <summary>Who an article is written for, after schema.org <c>medicalAudience</c>.</summary>
/// <remarks>Wire names are kebab-case: <c>clinician</c>, <c>patient</c>, <c>caregiver</c>, <c>researcher</c>, <c>general-public</c>.</remarks>
public enum Audience
{
    /// <summary>Practising health professionals (wire name <c>clinician</c>).</summary>
    [JsonStringEnumMemberName("clinician")]
    Clinician,

    /// <summary>People with the condition (wire name <c>patient</c>).</summary>
    [JsonStringEnumMemberName("patient")]
    Patient,

    /// <summary>Family members and carers (wire name <c>caregiver</c>).</summary>
    [JsonStringEnumMemberName("caregiver")]
    Caregiver,

    /// <summary>Medical researchers (wire name <c>researcher</c>).</summary>
    [JsonStringEnumMemberName("researcher")]
    Researcher,

    /// <summary>Any interested reader (wire name <c>general-public</c>).</summary>
    [JsonStringEnumMemberName("general-public")]
    GeneralPublic,
}
