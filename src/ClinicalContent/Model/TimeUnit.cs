using System.Text.Json.Serialization;

namespace ClinicalContent.Model;

/// <summary>A unit of time; the wire names are the UCUM codes FHIR uses for timing.</summary>
public enum TimeUnit
{
    /// <summary>Seconds (wire name <c>s</c>).</summary>
    [JsonStringEnumMemberName("s")]
    Second,

    /// <summary>Minutes (wire name <c>min</c>).</summary>
    [JsonStringEnumMemberName("min")]
    Minute,

    /// <summary>Hours (wire name <c>h</c>).</summary>
    [JsonStringEnumMemberName("h")]
    Hour,

    /// <summary>Days (wire name <c>d</c>).</summary>
    [JsonStringEnumMemberName("d")]
    Day,

    /// <summary>Weeks (wire name <c>wk</c>).</summary>
    [JsonStringEnumMemberName("wk")]
    Week,

    /// <summary>Months (wire name <c>mo</c>).</summary>
    [JsonStringEnumMemberName("mo")]
    Month,

    /// <summary>Years (wire name <c>a</c>).</summary>
    [JsonStringEnumMemberName("a")]
    Year,
}
