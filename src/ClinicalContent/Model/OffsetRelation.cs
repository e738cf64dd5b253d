using System.Text.Json.Serialization;

namespace ClinicalContent.Model;

/// <summary>Whether a <see cref="TimeOffset"/> falls before or after its event.</summary>
public enum OffsetRelation
{
    /// <summary>Before the event (wire name <c>before</c>).</summary>
    [JsonStringEnumMemberName("before")]
    Before,

    /// <summary>After the event (wire name <c>after</c>).</summary>
    [JsonStringEnumMemberName("after")]
    After,
}
