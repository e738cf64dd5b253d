using System.Collections.Frozen;
using System.Text.Json;
using ClinicalContent.Internal;
using ClinicalContent.Schema;

namespace ClinicalContent.Validation;

/// <summary>One schema issue and the keyword it came from, kept until overlaps with the content rules are removed.</summary>
internal readonly record struct SchemaIssue(ValidationIssue Issue, string Keyword);

/// <summary>
/// The schema layer: evaluates the published article schema and turns its errors into CC2xxx issues, leaving out
/// what the reader already reported (see docs/decisions/0005-validation-layers.md).
/// </summary>
internal static class SchemaLayer
{
    private static readonly FrozenDictionary<string, string> s_codes = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["type"] = IssueCodes.SchemaTypeMismatch,
        ["required"] = IssueCodes.SchemaRequiredMissing,
        ["additionalProperties"] = IssueCodes.SchemaPropertyNotAllowed,
        ["unevaluatedProperties"] = IssueCodes.SchemaPropertyNotAllowed,
        ["properties"] = IssueCodes.SchemaPropertyNotAllowed,
        ["patternProperties"] = IssueCodes.SchemaPropertyNotAllowed,
        ["enum"] = IssueCodes.SchemaValueNotAllowed,
        ["const"] = IssueCodes.SchemaValueNotAllowed,
        ["pattern"] = IssueCodes.SchemaPatternMismatch,
        ["format"] = IssueCodes.SchemaPatternMismatch,
        ["minLength"] = IssueCodes.SchemaStringLength,
        ["maxLength"] = IssueCodes.SchemaStringLength,
        ["minimum"] = IssueCodes.SchemaNumberOutOfRange,
        ["maximum"] = IssueCodes.SchemaNumberOutOfRange,
        ["exclusiveMinimum"] = IssueCodes.SchemaNumberOutOfRange,
        ["exclusiveMaximum"] = IssueCodes.SchemaNumberOutOfRange,
        ["multipleOf"] = IssueCodes.SchemaNumberOutOfRange,
        ["minItems"] = IssueCodes.SchemaArrayConstraint,
        ["maxItems"] = IssueCodes.SchemaArrayConstraint,
        ["uniqueItems"] = IssueCodes.SchemaArrayConstraint,
        ["contains"] = IssueCodes.SchemaArrayConstraint,
        ["minContains"] = IssueCodes.SchemaArrayConstraint,
        ["maxContains"] = IssueCodes.SchemaArrayConstraint,
        ["items"] = IssueCodes.SchemaArrayConstraint,
        ["prefixItems"] = IssueCodes.SchemaArrayConstraint,
        ["unevaluatedItems"] = IssueCodes.SchemaArrayConstraint,
        ["oneOf"] = IssueCodes.SchemaCompositionFailed,
        ["anyOf"] = IssueCodes.SchemaCompositionFailed,
        ["allOf"] = IssueCodes.SchemaCompositionFailed,
        ["not"] = IssueCodes.SchemaCompositionFailed,
        ["if"] = IssueCodes.SchemaCompositionFailed,
        ["then"] = IssueCodes.SchemaCompositionFailed,
        ["else"] = IssueCodes.SchemaCompositionFailed,
    }.ToFrozenDictionary(StringComparer.Ordinal);

    // A content rule that reports the same value with a clinical message makes these schema errors redundant.
    private static readonly FrozenDictionary<string, string[]> s_coveredByRule = new Dictionary<string, string[]>(StringComparer.Ordinal)
    {
        [IssueCodes.DoseNotPositive] = ["minimum", "exclusiveMinimum"],
        [IssueCodes.TimingInconsistent] = ["minimum", "exclusiveMinimum"],
        [IssueCodes.EmptyPart] = ["minLength"],
    }.ToFrozenDictionary(StringComparer.Ordinal);

    private static readonly Lazy<JsonDocument> s_schemaDocument = new(static () => JsonDocument.Parse(ArticleSchema.Utf8Json));

    /// <summary>The CC2xxx code for a schema keyword; CC2010 for any keyword without a code of its own.</summary>
    public static string CodeFor(string keyword) => s_codes.GetValueOrDefault(keyword, IssueCodes.SchemaConstraintFailed);

    /// <summary>Evaluates the schema and maps its errors, without those the reader already reported.</summary>
    /// <remarks>Input with text that is not valid Unicode (CC1011) is not evaluated: its strings cannot be measured or
    /// matched, and the reader has already reported it.</remarks>
    public static List<SchemaIssue> Evaluate(JsonElement root, EquatableArray<ValidationIssue> readerIssues)
    {
        foreach (var issue in readerIssues)
        {
            if (issue.Code == IssueCodes.InvalidText)
            {
                return [];
            }
        }

        SchemaEvaluationResult result;
        try
        {
            result = ArticleSchema.Compiled.Evaluate(root);
        }
        catch (InvalidOperationException)
        {
            // A string the reader did not read (inside an unknown member) holds invalid text: nothing to compare.
            return [];
        }

        if (result.IsValid)
        {
            return [];
        }

        var reported = new HashSet<string>(StringComparer.Ordinal);
        var kindMissing = new HashSet<string>(StringComparer.Ordinal);
        foreach (var issue in readerIssues)
        {
            // A byte order mark is about the bytes, not about a value.
            if (issue.Code == IssueCodes.ByteOrderMarkIgnored)
            {
                continue;
            }

            reported.Add(issue.Pointer);
            if (issue.Code == IssueCodes.DiscriminatorMissing)
            {
                kindMissing.Add(issue.Pointer);
            }
        }

        var issues = new List<SchemaIssue>();
        var seen = new HashSet<(string Code, string Pointer)>();
        foreach (var error in result.Errors)
        {
            var code = CodeFor(error.Keyword);
            if (error.Keyword == "required")
            {
                var missing = MissingMembers(root, error);
                if (missing is null)
                {
                    // The schema location could not be followed: report at the object, unless the reader reported a member of it missing.
                    if (!reported.Any(p => JsonPointers.Parent(p) == error.InstanceLocation && p.Length > error.InstanceLocation.Length))
                    {
                        Add(issues, seen, code, error.InstanceLocation, IssueMessages.SchemaError(error.Keyword, error.Message), error.Keyword);
                    }

                    continue;
                }

                foreach (var name in missing)
                {
                    var pointer = JsonPointers.Append(error.InstanceLocation, name);
                    if (!reported.Contains(pointer) && !(name == "kind" && kindMissing.Contains(error.InstanceLocation)))
                    {
                        Add(issues, seen, code, pointer, IssueMessages.SchemaRequiredMissing(name), error.Keyword);
                    }
                }

                continue;
            }

            var at = error.InstanceLocation;
            if (reported.Contains(at) || (code == IssueCodes.SchemaCompositionFailed && reported.Any(p => JsonPointers.IsAtOrUnder(p, at))))
            {
                continue;
            }

            var message = code == IssueCodes.SchemaPropertyNotAllowed
                ? IssueMessages.SchemaPropertyNotAllowed(JsonPointers.LastToken(at))
                : IssueMessages.SchemaError(error.Keyword, error.Message);
            Add(issues, seen, code, at, message, error.Keyword);
        }

        return issues;
    }

    /// <summary>Removes schema errors that a content rule reports at the same value, and composition summaries with a rule issue inside.</summary>
    public static void RemoveCoveredByRules(List<SchemaIssue> schemaIssues, List<ValidationIssue> ruleIssues)
    {
        if (schemaIssues.Count == 0 || ruleIssues.Count == 0)
        {
            return;
        }

        schemaIssues.RemoveAll(schemaIssue =>
        {
            var at = schemaIssue.Issue.Pointer;
            foreach (var rule in ruleIssues)
            {
                if (schemaIssue.Issue.Code == IssueCodes.SchemaCompositionFailed
                    ? JsonPointers.IsAtOrUnder(rule.Pointer, at)
                    : rule.Pointer == at && s_coveredByRule.TryGetValue(rule.Code, out var keywords) && keywords.Contains(schemaIssue.Keyword))
                {
                    return true;
                }
            }

            return false;
        });
    }

    private static void Add(List<SchemaIssue> issues, HashSet<(string, string)> seen, string code, string pointer, string message, string keyword)
    {
        if (seen.Add((code, pointer)))
        {
            issues.Add(new SchemaIssue(
                new ValidationIssue { Code = code, Severity = IssueSeverity.Error, Pointer = pointer, Message = message },
                keyword));
        }
    }

    /// <summary>The members a failed <c>required</c> names that the object lacks; null when the schema location cannot be followed.</summary>
    private static List<string>? MissingMembers(JsonElement root, SchemaError error)
    {
        if (!JsonPointers.TryResolve(s_schemaDocument.Value.RootElement, error.SchemaLocation, out var required)
            || required.ValueKind != JsonValueKind.Array
            || !JsonPointers.TryResolve(root, error.InstanceLocation, out var instance)
            || instance.ValueKind != JsonValueKind.Object)
        {
            return null;
        }

        var missing = new List<string>();
        foreach (var name in required.EnumerateArray())
        {
            if (name.ValueKind == JsonValueKind.String && name.GetString() is { } text && !instance.TryGetProperty(text, out _))
            {
                missing.Add(text);
            }
        }

        return missing.Count == 0 ? null : missing;
    }
}
