using System.Globalization;
using System.Text;
using System.Text.Json;
using System.Text.RegularExpressions;
using ClinicalContent.Fhir.Internal;
using ClinicalContent.Validation;
using Hl7.Fhir.Serialization;
using Hl7.Fhir.Utility;
using F = Hl7.Fhir.Model;

namespace ClinicalContent.Fhir.Import;

/// <summary>
/// Parses FHIR JSON with Firely's strict deserializer and hands the Bundle to <see cref="BundleReader"/>; every parser
/// complaint and every exception the parser throws on hostile text becomes a CC7051 issue with a pointer and position.
/// </summary>
internal static partial class FhirJsonInput
{
    /// <summary>JSON nesting allowed: a Bundle is about 10 levels deep before its statements, and each statement level adds 2.</summary>
    public const int MaxDepth = 256;

    public static FhirImport Read(string json)
    {
        var utf8 = Encoding.UTF8.GetBytes(json);
        var positions = new JsonPositions(utf8, MaxDepth);
        var issues = new List<ValidationIssue>();
        F.Resource? resource = null;
        try
        {
            var reader = new Utf8JsonReader(utf8, new JsonReaderOptions { MaxDepth = MaxDepth });
            resource = FhirJsonDeserializer.STRICT.DeserializeResource(ref reader);
        }
        catch (DeserializationFailedException failure)
        {
            resource = failure.PartialResult as F.Resource;
            issues.AddRange(failure.Exceptions.Select(Issue));
        }
        catch (JsonException failure)
        {
            issues.Add(Unreadable(string.Empty, failure.Message,
                failure.LineNumber is { } line ? new TextPosition((int)line + 1, (int)(failure.BytePositionInLine ?? 0) + 1) : null));
        }
        catch (Exception failure) when (failure is InvalidOperationException or FormatException or ArgumentException or NotSupportedException or OverflowException)
        {
            // Firely throws these for JSON that is well-formed but not a resource at all, such as an array.
            issues.Add(Unreadable(string.Empty, failure.Message, null));
        }

        if (resource is F.Bundle bundle)
        {
            return BundleReader.Read(bundle, positions, issues);
        }

        if (resource is not null)
        {
            issues.Add(new ValidationIssue
            {
                Code = IssueCodes.FhirBundleNotDocument,
                Severity = IssueSeverity.Error,
                Pointer = "/resourceType",
                Message = FhirMessages.BundleNotDocument(resource.TypeName),
                Position = positions.Find("/resourceType"),
            });
        }

        return new FhirImport { Article = null, Issues = issues.ToEquatableArray() };

        ValidationIssue Issue(CodedException exception)
        {
            var pointer = exception is ExtendedCodedException { InstancePath: { } path } ? ToPointer(path) : string.Empty;
            var position = exception is ExtendedCodedException { LineNumber: { } line, Position: { } column } ? new TextPosition((int)line, (int)column) : positions.Find(pointer);
            return Unreadable(pointer, exception.ErrorCode + ": " + (exception is ExtendedCodedException extended ? extended.BaseErrorMessage : exception.Message), position);
        }
    }

    private static ValidationIssue Unreadable(string pointer, string detail, TextPosition? position) => new()
    {
        Code = IssueCodes.FhirJsonUnreadable,
        Severity = IssueSeverity.Error,
        Pointer = pointer,
        Message = FhirMessages.JsonUnreadable(detail),
        Position = position,
    };

    /// <summary>Firely's instance path (<c>Bundle.entry[0].resource.title</c>) as a JSON Pointer (<c>/entry/0/resource/title</c>).</summary>
    internal static string ToPointer(string instancePath)
    {
        var builder = new StringBuilder();
        var segments = instancePath.Split('.');
        for (var i = 1; i < segments.Length; i++)
        {
            var match = IndexedSegment().Match(segments[i]);
            if (match.Success)
            {
                builder.Append('/').Append(match.Groups["name"].Value);
                builder.Append('/').Append(int.Parse(match.Groups["index"].Value, CultureInfo.InvariantCulture).ToString(CultureInfo.InvariantCulture));
            }
            else
            {
                builder.Append('/').Append(segments[i]);
            }
        }

        return builder.ToString();
    }

    [GeneratedRegex(@"^(?<name>[^\[]+)\[(?<index>[0-9]{1,9})\]$")]
    private static partial Regex IndexedSegment();
}
