using ClinicalContent.Fhir.Export;
using ClinicalContent.Fhir.Import;
using ClinicalContent.Model;
using Hl7.Fhir.Model;
using Hl7.Fhir.Serialization;

namespace ClinicalContent.Fhir;

/// <summary>
/// Converts articles to and from FHIR R4 document Bundles: a Composition with one section per part, PlanDefinitions and
/// ActivityDefinitions (with FHIR <c>Dosage</c>) for therapies, DocumentReferences for references, and extensions for what R4
/// has no element for. What R4 cannot carry is listed, member by member, in a <see cref="FhirLossReport"/>.
/// </summary>
/// <remarks>
/// <para>The mapping is documented in docs/interop-fhir.md. Exports are deterministic: resource ids are name-based UUIDs from the
/// article id, and the Bundle timestamp comes from the article's review dates unless <see cref="FhirExportOptions"/> fixes it.</para>
/// <para>Importing never throws on content: a Bundle or JSON text that is not of the shape the export writes gives a
/// <see cref="FhirImport"/> with issues. All members are thread-safe.</para>
/// </remarks>
public static class FhirArticleConverter
{
    private static readonly FhirJsonSerializer s_serializer = new();

    /// <summary>Exports an article as a FHIR R4 document Bundle, with the report of what the Bundle does not carry.</summary>
    /// <param name="article">The article to export.</param>
    /// <param name="options">Export settings; <see cref="FhirExportOptions.Default"/> when null.</param>
    /// <returns>The Bundle and the loss report.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public static FhirExport ToBundle(ClinicalArticle article, FhirExportOptions? options = null)
    {
        ArgumentNullException.ThrowIfNull(article);
        return BundleWriter.Write(article, options ?? FhirExportOptions.Default);
    }

    /// <summary>Exports an article as the FHIR R4 JSON of its document Bundle, written by Firely's serializer.</summary>
    /// <param name="article">The article to export.</param>
    /// <param name="options">Export settings; <see cref="FhirExportOptions.Default"/> when null.</param>
    /// <returns>The Bundle as FHIR JSON. Call <see cref="ToBundle"/> to get the loss report as well.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="article"/> is null.</exception>
    public static string ToJson(ClinicalArticle article, FhirExportOptions? options = null)
    {
        options ??= FhirExportOptions.Default;
        return Serialize(ToBundle(article, options).Bundle, options.WriteIndented);
    }

    /// <summary>Serializes a Bundle with the converter's one Firely serializer.</summary>
    internal static string Serialize(Bundle bundle, bool writeIndented) => s_serializer.SerializeToString(bundle, writeIndented);

    /// <summary>Imports an article from a FHIR R4 document Bundle of the shape <see cref="ToBundle"/> writes.</summary>
    /// <param name="bundle">The Bundle to read; it is not changed.</param>
    /// <returns>The article, or null when the Bundle is not an article document, and every issue found.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="bundle"/> is null.</exception>
    public static FhirImport FromBundle(Bundle bundle)
    {
        ArgumentNullException.ThrowIfNull(bundle);
        return BundleReader.Read(bundle, positions: null);
    }

    /// <summary>Imports an article from FHIR R4 JSON, parsed with Firely's strict deserializer.</summary>
    /// <param name="json">The FHIR JSON of a document Bundle.</param>
    /// <returns>The article, or null when the JSON is not an article document, and every issue found, with line and column.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="json"/> is null.</exception>
    public static FhirImport FromJson(string json)
    {
        ArgumentNullException.ThrowIfNull(json);
        return FhirJsonInput.Read(json);
    }
}
