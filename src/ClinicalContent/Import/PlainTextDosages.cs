using ClinicalContent.Model;

namespace ClinicalContent.Import;

/// <summary>The one place the importers' therapy recognition reads dose text.</summary>
internal static class PlainTextDosages
{
    /// <summary>Reads dose text into a <see cref="Dosage"/> whose text is kept as written; structured members only
    /// where <see cref="DosageParser"/> is certain of them.</summary>
    public static Dosage Parse(string text) => DosageParser.Parse(text).Value ?? new Dosage { Text = text };
}
