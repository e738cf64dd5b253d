using System.Text.Json.Serialization;

namespace ClinicalContent.Model;

/// <summary>A daily event a dose is timed against, after FHIR <c>EventTiming</c>.</summary>
public enum TimingEvent
{
    /// <summary>At bedtime; FHIR <c>HS</c> (wire name <c>bedtime</c>).</summary>
    [JsonStringEnumMemberName("bedtime")]
    Bedtime,

    /// <summary>On waking; FHIR <c>WAKE</c> (wire name <c>waking</c>).</summary>
    [JsonStringEnumMemberName("waking")]
    Waking,

    /// <summary>In the morning; FHIR <c>MORN</c> (wire name <c>morning</c>).</summary>
    [JsonStringEnumMemberName("morning")]
    Morning,

    /// <summary>In the afternoon; FHIR <c>AFT</c> (wire name <c>afternoon</c>).</summary>
    [JsonStringEnumMemberName("afternoon")]
    Afternoon,

    /// <summary>In the evening; FHIR <c>EVE</c> (wire name <c>evening</c>).</summary>
    [JsonStringEnumMemberName("evening")]
    Evening,

    /// <summary>At night; FHIR <c>NIGHT</c> (wire name <c>night</c>).</summary>
    [JsonStringEnumMemberName("night")]
    Night,

    /// <summary>With meals; FHIR <c>C</c> (wire name <c>with-meals</c>).</summary>
    [JsonStringEnumMemberName("with-meals")]
    WithMeals,

    /// <summary>Before meals; FHIR <c>AC</c> (wire name <c>before-meals</c>).</summary>
    [JsonStringEnumMemberName("before-meals")]
    BeforeMeals,

    /// <summary>After meals; FHIR <c>PC</c> (wire name <c>after-meals</c>).</summary>
    [JsonStringEnumMemberName("after-meals")]
    AfterMeals,
}
