namespace ClinicalContent.Schema;

/// <summary>
/// Thrown when a JSON Schema cannot be loaded: it is not valid JSON, it is malformed, or it uses something the
/// evaluator does not implement (an unknown or unsupported keyword, a reference outside the document).
/// </summary>
/// <remarks>
/// The evaluator is fail-closed: a schema it cannot evaluate completely is refused here, at load time, instead of
/// being evaluated as if the unsupported part were absent. <see cref="SchemaLocation"/> and <see cref="Keyword"/>
/// say exactly what was refused. The message never includes the schema document itself.
/// </remarks>
public sealed class JsonSchemaLoadException : Exception
{
    /// <summary>Creates an exception with a generic message and no location.</summary>
    public JsonSchemaLoadException()
        : this("The JSON Schema could not be loaded.")
    {
    }

    /// <summary>Creates an exception with a message and no location.</summary>
    /// <param name="message">What went wrong.</param>
    public JsonSchemaLoadException(string message)
        : this(message, string.Empty, string.Empty)
    {
    }

    /// <summary>Creates an exception with a message, the cause and no location.</summary>
    /// <param name="message">What went wrong.</param>
    /// <param name="innerException">The cause, such as the <see cref="System.Text.Json.JsonException"/> of malformed JSON.</param>
    public JsonSchemaLoadException(string message, Exception innerException)
        : base(message, innerException)
    {
        SchemaLocation = string.Empty;
        Keyword = string.Empty;
    }

    /// <summary>Creates an exception that names the refused part of the schema.</summary>
    /// <param name="message">What was refused and why.</param>
    /// <param name="schemaLocation">RFC 6901 JSON Pointer into the schema document of the refused keyword.</param>
    /// <param name="keyword">The keyword refused, or the keyword whose value is malformed.</param>
    public JsonSchemaLoadException(string message, string schemaLocation, string keyword)
        : base(message)
    {
        SchemaLocation = schemaLocation;
        Keyword = keyword;
    }

    /// <summary>RFC 6901 JSON Pointer into the schema document of the refused keyword, for example
    /// <c>/properties/name/foo</c>; <c>""</c> is the schema root (also used when the JSON itself is malformed).</summary>
    public string SchemaLocation { get; }

    /// <summary>The keyword refused (for example <c>$dynamicRef</c> or an unknown <c>foo</c>), or the keyword whose
    /// value is malformed; empty when the problem is not tied to one keyword.</summary>
    public string Keyword { get; }
}
