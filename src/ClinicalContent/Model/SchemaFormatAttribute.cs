namespace ClinicalContent.Model;

/// <summary>
/// Declares the JSON Schema <c>format</c> of a string member, such as <c>uri</c>. DataAnnotations'
/// <c>[Url]</c> means an http, https or ftp address only, which is too narrow for a code system URI.
/// </summary>
/// <remarks>A declaration for the schema generator only: the reader does not check it, and nothing reads it at run time.
/// Pair it with a pattern when the value must actually be checked, since validators treat <c>format</c> as an annotation.</remarks>
/// <param name="format">The JSON Schema format name, such as <c>uri</c> or <c>date</c>.</param>
[AttributeUsage(AttributeTargets.Property, AllowMultiple = false, Inherited = true)]
internal sealed class SchemaFormatAttribute(string format) : Attribute
{
    /// <summary>The JSON Schema format name.</summary>
    public string Format { get; } = format;
}
