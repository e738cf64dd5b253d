using System.Collections.Frozen;
using System.Diagnostics.CodeAnalysis;
using System.Reflection;
using System.Text;
using ClinicalContent.Validation;

namespace ClinicalContent.Cli.Reporting;

/// <summary>
/// Names for issue codes in SARIF rules, taken from the constants of <see cref="IssueCodes"/>: <c>CC4001</c> is
/// <c>CitationUnresolved</c>, described as "Citation unresolved".
/// </summary>
internal static class IssueDescriptions
{
    // The command line's own codes (CC9001 InputUnreadable …); the library never reports them.
    private const string CommandLineRange = "CC9";

    private static readonly FrozenDictionary<string, string> s_names = LoadNames(typeof(IssueCodes));

    /// <summary>Whether the library's validator reports the code, so that its severity can be overridden: every
    /// code of <see cref="IssueCodes"/> outside the command line's CC9xxx range.</summary>
    /// <param name="code">The issue code.</param>
    /// <returns>True for a declared code the library reports.</returns>
    public static bool IsLibraryCode(string code) => s_names.ContainsKey(code) && !IsCommandLineCode(code);

    /// <summary>Whether the code is one the command line reports about its inputs (CC9xxx), not one about content.</summary>
    /// <param name="code">The issue code.</param>
    /// <returns>True for a CC9xxx code.</returns>
    public static bool IsCommandLineCode(string code) => code.StartsWith(CommandLineRange, StringComparison.Ordinal);

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

    private static FrozenDictionary<string, string> LoadNames([DynamicallyAccessedMembers(DynamicallyAccessedMemberTypes.PublicFields)] Type codes)
    {
        var names = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (var field in codes.GetFields(BindingFlags.Public | BindingFlags.Static))
        {
            if (field.IsLiteral && field.GetRawConstantValue() is string code)
            {
                names.TryAdd(code, field.Name);
            }
        }

        return names.ToFrozenDictionary(StringComparer.Ordinal);
    }
}
