using System.Collections.Frozen;

namespace ClinicalContent.Validation;

/// <summary>
/// The table of clinical UCUM unit codes that doses, maximum doses and efficacy figures may use
/// (<see cref="IssueCodes.UnitUnknown"/>).
/// </summary>
/// <remarks>
/// <para>Codes are UCUM case-sensitive codes as FHIR uses them: mass (<c>mg</c>, <c>ug</c> …), volume (<c>mL</c> …),
/// amount of substance (<c>mmol</c>, <c>meq</c>), units (<c>[iU]</c>, <c>[USP'U]</c>, <c>U</c>), per body weight
/// (<c>mg/kg</c>) and body surface (<c>mg/m2</c>), rates per time (<c>mg/kg/d</c>, <c>ug/kg/min</c>, <c>mL/h</c>),
/// concentrations (<c>mg/mL</c>), <c>%</c> and <c>1</c>, time units for efficacy figures (<c>h</c>, <c>d</c>), and the
/// annotations FHIR uses for countable forms (<c>{tbl}</c>, <c>{cap}</c>, <c>{puff}</c>, <c>{drop}</c>, <c>{patch}</c> …).</para>
/// <para>UCUM codes are case-sensitive: <c>mL</c> is known, <c>ml</c> is not. The table is fixed for a release;
/// a unit it lacks is reported, never guessed.</para>
/// </remarks>
public static class ClinicalUnits
{
    private static readonly string[] s_units =
    [
        // Mass
        "kg", "g", "mg", "ug", "ng", "pg",
        // Volume
        "L", "dL", "mL", "uL",
        // Amount of substance and equivalents
        "mol", "mmol", "umol", "nmol", "eq", "meq",
        // Units
        "[iU]", "[IU]", "k[iU]", "m[iU]", "[USP'U]", "U", "kU", "mU",
        // Per body weight
        "g/kg", "mg/kg", "ug/kg", "ng/kg", "mL/kg", "mmol/kg", "meq/kg", "[iU]/kg", "U/kg",
        // Per body surface area
        "g/m2", "mg/m2", "ug/m2", "[iU]/m2", "U/m2",
        // Per time
        "g/d", "mg/d", "ug/d", "mL/d", "mmol/d", "meq/d", "[iU]/d", "U/d",
        "mg/h", "ug/h", "mL/h", "mmol/h", "meq/h", "[iU]/h", "U/h",
        "mg/min", "ug/min", "mL/min",
        // Per body weight or surface and time
        "mg/kg/d", "ug/kg/d", "g/kg/d", "mmol/kg/d", "meq/kg/d", "[iU]/kg/d", "U/kg/d", "mg/m2/d",
        "mg/kg/h", "ug/kg/h", "mL/kg/h", "[iU]/kg/h", "U/kg/h",
        "mg/kg/min", "ug/kg/min",
        // Concentration
        "mg/mL", "ug/mL", "g/L", "mg/L", "mmol/L", "[iU]/mL", "U/mL", "%",
        // Dimensionless
        "1",
        // Time, for efficacy figures such as a median time to relief
        "s", "min", "h", "d", "wk", "mo", "a",
        // Countable dose forms (UCUM annotations, as in FHIR dosage examples)
        "{tbl}", "{cap}", "{puff}", "{drop}", "[drp]", "{patch}", "{spray}", "{actuat}", "{supp}", "{dose}",
        "{sachet}", "{lozenge}", "{application}", "{vial}", "{ampule}", "{inhalation}",
    ];

    private static readonly FrozenSet<string> s_known = s_units.ToFrozenSet(StringComparer.Ordinal);

    private static readonly FrozenDictionary<string, string> s_byUpper = s_units
        .GroupBy(static u => u.ToUpperInvariant(), StringComparer.Ordinal)
        .Where(static g => g.Count() == 1)
        .ToFrozenDictionary(static g => g.Key, static g => g.First(), StringComparer.Ordinal);

    /// <summary>Every unit in the table, in the order above: by kind, then by size.</summary>
    public static EquatableArray<string> Units { get; } = EquatableArray.Create<string>(s_units);

    /// <summary>Whether a unit code is in the table; the comparison is case-sensitive, as UCUM is.</summary>
    /// <param name="unit">A UCUM code such as <c>mg</c>.</param>
    /// <returns>True when the code is in the table.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="unit"/> is null.</exception>
    public static bool IsKnown(string unit)
    {
        ArgumentNullException.ThrowIfNull(unit);
        return s_known.Contains(unit);
    }

    /// <summary>The known code that differs from <paramref name="unit"/> only in case, such as <c>mL</c> for <c>ml</c>.</summary>
    internal static string? SuggestionFor(string unit)
        => s_byUpper.TryGetValue(unit.ToUpperInvariant(), out var known) && !string.Equals(known, unit, StringComparison.Ordinal) ? known : null;
}
