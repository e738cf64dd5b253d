namespace ClinicalContent.Model;

/// <summary>
/// Declares that a list member must not hold the same value twice. The published JSON Schema states it as
/// <c>uniqueItems</c>; DataAnnotations has no attribute for it.
/// </summary>
/// <remarks>A declaration for the schema generator only: the reader does not check it, and nothing reads it at run time.</remarks>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
internal sealed class UniqueItemsAttribute : Attribute;
