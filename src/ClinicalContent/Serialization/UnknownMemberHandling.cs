namespace ClinicalContent.Serialization;

/// <summary>What reading does with JSON members the model does not define.</summary>
/// <remarks>Either way the members are kept in the object's <c>UnknownMembers</c> bag and written back unchanged:
/// content is never dropped. The setting decides only whether they are errors.</remarks>
public enum UnknownMemberHandling
{
    /// <summary>Strict: each unknown member is an error issue (<c>CC1004</c>).</summary>
    Error,

    /// <summary>Tolerant: unknown members are kept silently, for services that forward newer articles.</summary>
    Preserve,
}
