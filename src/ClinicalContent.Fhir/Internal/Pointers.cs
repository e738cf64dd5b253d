using System.Globalization;

namespace ClinicalContent.Fhir.Internal;

/// <summary>Builds RFC 6901 JSON Pointers one segment at a time.</summary>
internal static class Pointers
{
    /// <summary>Appends a member name, escaping <c>~</c> and <c>/</c>.</summary>
    public static string Member(string pointer, string name)
        => pointer + "/" + name.Replace("~", "~0", StringComparison.Ordinal).Replace("/", "~1", StringComparison.Ordinal);

    /// <summary>Appends an array index.</summary>
    public static string Index(string pointer, int index) => pointer + "/" + index.ToString(CultureInfo.InvariantCulture);
}
