using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text.Json.Serialization;

namespace ClinicalContent.Fhir.Internal;

/// <summary>
/// The kebab-case wire names of the model's enumerations, read once from their <see cref="JsonStringEnumMemberNameAttribute"/>s,
/// so that the codes written to FHIR are exactly the article's JSON values and never a second list.
/// </summary>
/// <typeparam name="TEnum">The enumeration.</typeparam>
internal static class WireNames<[DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] TEnum>
    where TEnum : struct, Enum
{
    private static readonly FrozenDictionary<TEnum, string> s_names = typeof(TEnum)
        .GetFields(BindingFlags.Public | BindingFlags.Static)
        .ToFrozenDictionary(
            static f => (TEnum)f.GetValue(null)!,
            static f => f.GetCustomAttribute<JsonStringEnumMemberNameAttribute>()?.Name ?? f.Name);

    private static readonly FrozenDictionary<string, TEnum> s_values =
        s_names.ToFrozenDictionary(static p => p.Value, static p => p.Key, StringComparer.Ordinal);

    /// <summary>The wire name of <paramref name="value"/>, or null for a value outside the enumeration.</summary>
    public static string? Of(TEnum value) => s_names.GetValueOrDefault(value);

    /// <summary>Reads a wire name back; false for anything that is not one.</summary>
    public static bool TryParse(string? name, out TEnum value)
    {
        if (name is not null && s_values.TryGetValue(name, out value))
        {
            return true;
        }

        value = default;
        return false;
    }

    /// <summary>Every wire name, in declaration order, for messages.</summary>
    public static string Expected => string.Join(", ", s_names.OrderBy(static p => p.Key).Select(static p => "'" + p.Value + "'"));
}
