using ClinicalContent.Validation;

namespace ClinicalContent.Tests.Serialization;

/// <summary>Builds small article documents for example-based reading tests and locates text in them.</summary>
internal static class JsonText
{
    /// <summary>The smallest valid article, on one line.</summary>
    public const string Minimal =
        """{"schemaVersion":"1.0","id":"a","language":"en","question":"q","title":"t","summary":{"text":"s"},"condition":{"text":"c"},"audience":"clinician","review":{"status":"draft"}}""";

    /// <summary>The pointer of the first dosage's dose in <see cref="WithDose"/> documents.</summary>
    public const string DosePointer = "/firstLineTherapy/options/0/components/0/dosages/0/dose";

    /// <summary>The pointer of the first dosage in <see cref="WithDosage"/> and <see cref="WithDose"/> documents.</summary>
    public const string DosagePointer = "/firstLineTherapy/options/0/components/0/dosages/0";

    /// <summary><see cref="Minimal"/> with extra members appended to the root object.</summary>
    public static string With(string members) => Minimal[..^1] + "," + members + "}";

    /// <summary><see cref="Minimal"/> with one first-line option whose only dosage is <paramref name="dosage"/>.</summary>
    public static string WithDosage(string dosage) =>
        With("\"firstLineTherapy\":{\"options\":[{\"name\":\"n\",\"kind\":\"drug\",\"components\":[{\"drug\":{\"text\":\"d\"},\"dosages\":[" + dosage + "]}]}]}");

    /// <summary><see cref="Minimal"/> with one dosage whose dose is <paramref name="dose"/>.</summary>
    public static string WithDose(string dose) => WithDosage("{\"text\":\"x\",\"dose\":" + dose + "}");

    /// <summary><see cref="Minimal"/> with one reference whose extra members are <paramref name="members"/>.</summary>
    public static string WithReference(string members) =>
        With("\"references\":[{\"id\":\"r\",\"kind\":\"other\",\"title\":\"t\"," + members + "}]");

    /// <summary><see cref="Minimal"/> with one extra member in <c>review</c>.</summary>
    public static string WithReviewMember(string member) =>
        Minimal.Replace("{\"status\":\"draft\"}", "{\"status\":\"draft\"," + member + "}", StringComparison.Ordinal);

    /// <summary>The 1-based line and UTF-16 column where the <paramref name="occurrence"/>-th (0-based) <paramref name="marker"/> starts.</summary>
    public static TextPosition PositionOf(string json, string marker, int occurrence = 0)
    {
        var index = -1;
        for (var i = 0; i <= occurrence; i++)
        {
            index = json.IndexOf(marker, index + 1, StringComparison.Ordinal);
            if (index < 0)
            {
                throw new ArgumentException($"'{marker}' occurs fewer than {occurrence + 1} times.", nameof(marker));
            }
        }

        var before = json.AsSpan(0, index);
        var line = before.Count('\n') + 1;
        var column = index - before.LastIndexOf('\n');
        return new TextPosition(line, column);
    }
}
