using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text;
using ClinicalContent.Validation;

namespace ClinicalContent.Cli.Reporting;

/// <summary>
/// Names for issue codes in SARIF rules, taken from the constants of <see cref="IssueCodes"/> (and of
/// <see cref="CliIssueCodes"/>): <c>CC4001</c> is <c>CitationUnresolved</c>, described as "Citation unresolved".
/// </summary>
internal static class IssueDescriptions
{
    private static readonly FrozenDictionary<string, string> s_names = LoadNames();

    private static readonly FrozenSet<string> s_libraryCodes = LoadLibraryCodes();

    /// <summary>Whether the library declares the code, so that its severity can be overridden.</summary>
    /// <param name="code">The issue code.</param>
    /// <returns>True for a code of <see cref="IssueCodes"/>.</returns>
    public static bool IsLibraryCode(string code) => s_libraryCodes.Contains(code);

    /// <summary>The PascalCase name of a code, such as <c>CitationUnresolved</c>; null when the code is not declared.</summary>
    /// <param name="code">The issue code.</param>
    /// <returns>The constant's name, or null.</returns>
    public static string? Name(string code) => s_names.GetValueOrDefault(code);

    /// <summary>A short description of a code made from its name, or the code itself when it is not declared.</summary>
    /// <param name="code">The issue code.</param>
    /// <returns>The description, such as "Citation unresolved".</returns>
    public static string Describe(string code) => Name(code) is { } name ? Humanize(name) : code;

    private static string Humanize(string name)
    {
        var text = new StringBuilder(name.Length + 8);
        for (var i = 0; i < name.Length; i++)
        {
            var c = name[i];
            if (i > 0 && char.IsUpper(c))
            {
                text.Append(' ').Append(char.ToLowerInvariant(c));
            }
            else
            {
                text.Append(c);
            }
        }

        return text.ToString();
    }

    private static FrozenDictionary<string, string> LoadNames()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        Add(typeof(IssueCodes), names);
        Add(typeof(CliIssueCodes), names);
        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }

    private static FrozenSet<string> LoadLibraryCodes()
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        Add(typeof(IssueCodes), names);
        return names.Keys.ToFrozenSet(StringComparer.Ordinal);
    }

    private static void Add([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] Type codes, Dictionary<string, string> names)
    {
        foreach (var field in codes.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.IsLiteral && field.GetRawConstantValue() is string code)
            {
                names.TryAdd(code, field.Name);
            }
        }
    }
}
