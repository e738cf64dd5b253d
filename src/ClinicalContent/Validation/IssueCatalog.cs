using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;

namespace ClinicalContent.Validation;

/// <summary>Every code declared in <see cref="IssueCodes"/>, read once by reflection so codes added there are known here without a second list.</summary>
internal static class IssueCatalog
{
    public static FrozenSet<string> All { get; } = Load(typeof(IssueCodes));

    private static FrozenSet<string> Load([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] Type type)
        => type.GetFields(BindingFlags.Public | BindingFlags.Static)
            .Where(static f => f.IsLiteral && f.FieldType == typeof(string))
            .Select(static f => (string)f.GetRawConstantValue()!)
            .ToFrozenSet(StringComparer.Ordinal);
}
