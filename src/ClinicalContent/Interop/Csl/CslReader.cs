using System.Collections.Immutable;
using System.Text.Json;
using ClinicalContent.Internal;
using ClinicalContent.Model;
using ClinicalContent.Validation;

namespace ClinicalContent.Interop.Csl;

/// <summary>
/// Reads CSL-JSON into references: first one <see cref="Utf8JsonReader"/> pass for syntax, depth, duplicate members
/// and invalid text (with pointers), then the items themselves from a <see cref="JsonDocument"/>; positions of the
/// second pass's issues are found in one more scan, only when there are any.
/// </summary>
/// <remarks>The inverse of <see cref="CslWriter"/>: unknown members are put back in the order the writer splits them
/// (a differing <c>type</c>, a differing <c>genre</c>, the unmapped variables in document order, the foreign
/// <c>custom</c> members, then <c>custom.clinicalContent.unknownMembers</c>).</remarks>
internal sealed partial class CslReader
{
    private static readonly byte[] s_byteOrderMark = [0xEF, 0xBB, 0xBF];

    private readonly CslJsonOptions _options;
    private readonly List<Pending> _issues = [];
    private readonly HashSet<int> _brokenItems = [];

    private CslReader(CslJsonOptions options) => _options = options;

    /// <summary>Imports UTF-8 CSL-JSON.</summary>
    public static CslImportResult Read(ReadOnlySpan<byte> input, CslJsonOptions options)
    {
        var reader = new CslReader(options);
        var references = reader.ReadDocument(ref input);
        return new CslImportResult { References = references, Issues = reader.Finish(input) };
    }

    /// <summary>The result for a document over the size limit.</summary>
    public static CslImportResult TooLarge(CslJsonOptions options) => new()
    {
        References = [],
        Issues = [Issue(IssueCodes.DocumentTooLarge, IssueSeverity.Error, IssueMessages.DocumentTooLarge(options.MaxDocumentLength), string.Empty, new TextPosition(1, 1))],
    };

    /// <summary>The result for text that holds an unpaired surrogate after <paramref name="validPrefix"/>.</summary>
    public static CslImportResult InvalidText(ReadOnlySpan<char> validPrefix)
    {
        var line = validPrefix.Count('\n') + 1;
        var column = validPrefix.Length - validPrefix.LastIndexOf('\n');
        return new CslImportResult
        {
            References = [],
            Issues = [Issue(IssueCodes.InvalidText, IssueSeverity.Error, IssueMessages.InvalidText(), string.Empty, new TextPosition(line, column))],
        };
    }

    private EquatableArray<Reference> ReadDocument(ref ReadOnlySpan<byte> input)
    {
        if (input.Length > _options.MaxDocumentLength)
        {
            Add(IssueCodes.DocumentTooLarge, IssueSeverity.Error, IssueMessages.DocumentTooLarge(_options.MaxDocumentLength), string.Empty, new TextPosition(1, 1));
            return [];
        }

        if (input.StartsWith(s_byteOrderMark))
        {
            Add(IssueCodes.ByteOrderMarkIgnored, IssueSeverity.Warning, IssueMessages.ByteOrderMarkIgnored(), string.Empty, new TextPosition(1, 1));
            input = input[s_byteOrderMark.Length..];
        }

        if (input.TrimStart(" \t\r\n"u8).IsEmpty)
        {
            Add(IssueCodes.EmptyDocument, IssueSeverity.Error, CslMessages.EmptyDocument(), string.Empty, new TextPosition(1, 1));
            return [];
        }

        if (!Scan(input))
        {
            return [];
        }

        JsonDocument document;
        try
        {
            document = JsonDocument.Parse(input.ToArray(), new JsonDocumentOptions { MaxDepth = _options.MaxDepth });
        }
        catch (JsonException exception)
        {
            // The scan accepted what the parser refuses: say so rather than throw.
            Add(IssueCodes.JsonSyntaxError, IssueSeverity.Error, IssueMessages.JsonSyntaxError(exception.Message), string.Empty);
            return [];
        }

        using var owned = document;
        var root = document.RootElement;
        if (root.ValueKind != JsonValueKind.Array)
        {
            Add(IssueCodes.CslWrongType, IssueSeverity.Error, CslMessages.NotAnArray(Describe(root)), string.Empty);
            return [];
        }

        var references = ImmutableArray.CreateBuilder<Reference>();
        var index = 0;
        foreach (var item in root.EnumerateArray())
        {
            var pointer = JsonPointers.Append(string.Empty, index);
            if (_brokenItems.Contains(index))
            {
                // The scan reported text that cannot be read faithfully; building the rest would lose it.
            }
            else if (item.ValueKind != JsonValueKind.Object)
            {
                Add(IssueCodes.CslWrongType, IssueSeverity.Error, CslMessages.ItemNotAnObject(Describe(item)), pointer);
            }
            else if (ReadItem(item, pointer) is { } reference)
            {
                references.Add(reference);
            }

            index++;
        }

        return references.ToImmutable();
    }

    // ---- Issues ---------------------------------------------------------------------------------------------

    private void Add(string code, IssueSeverity severity, string message, string pointer, TextPosition? position = null)
        => _issues.Add(new Pending(Issue(code, severity, message, pointer, position), _issues.Count));

    private void Error(string code, string message, string pointer) => Add(code, IssueSeverity.Error, message, pointer);

    private void Warning(string code, string message, string pointer) => Add(code, IssueSeverity.Warning, message, pointer);

    private static ValidationIssue Issue(string code, IssueSeverity severity, string message, string pointer, TextPosition? position)
        => new() { Code = code, Severity = severity, Message = message, Pointer = pointer, Position = position };

    /// <summary>Gives every issue its line and column (one scan for all that lack one) and sorts them into document order.</summary>
    private EquatableArray<ValidationIssue> Finish(ReadOnlySpan<byte> input)
    {
        if (_issues.Count == 0)
        {
            return [];
        }

        var unplaced = _issues.Where(static p => p.Issue.Position is null).Select(static p => p.Issue.Pointer).Distinct(StringComparer.Ordinal).ToList();
        if (unplaced.Count > 0)
        {
            var offsets = PointerLocator.Locate(input, unplaced, _options.MaxDepth);
            var positions = new TextPositions();
            var placed = new Dictionary<string, TextPosition>(StringComparer.Ordinal);
            foreach (var pointer in unplaced.OrderBy(p => offsets[p]))
            {
                // In offset order: TextPositions scans forward from its last answer.
                placed[pointer] = positions.At(input, offsets[pointer]);
            }

            for (var i = 0; i < _issues.Count; i++)
            {
                if (_issues[i].Issue.Position is null)
                {
                    _issues[i] = _issues[i] with { Issue = _issues[i].Issue with { Position = placed[_issues[i].Issue.Pointer] } };
                }
            }
        }

        return _issues
            .OrderBy(static p => p.Issue.Position!.Value.Line)
            .ThenBy(static p => p.Issue.Position!.Value.Column)
            .ThenBy(static p => p.Order)
            .Select(static p => p.Issue)
            .ToEquatableArray();
    }

    private static string Describe(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Object => "an object",
        JsonValueKind.Array => "an array",
        JsonValueKind.String => "a string",
        JsonValueKind.Number => "a number",
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => "null",
    };

    /// <summary>A value as text, for messages (which shorten it).</summary>
    private static string Echo(JsonElement value) => value.ValueKind == JsonValueKind.String ? value.GetString()! : value.GetRawText();

    private readonly record struct Pending(ValidationIssue Issue, int Order);

    /// <summary>Ordered members by name, the last occurrence's value kept at the first occurrence's place (a
    /// duplicate is reported by the scan).</summary>
    private static List<(string Name, JsonElement Value)> Members(JsonElement value)
    {
        var members = new List<(string Name, JsonElement Value)>();
        foreach (var member in value.EnumerateObject())
        {
            var at = members.FindIndex(m => string.Equals(m.Name, member.Name, StringComparison.Ordinal));
            if (at >= 0)
            {
                members[at] = (member.Name, member.Value);
            }
            else
            {
                members.Add((member.Name, member.Value));
            }
        }

        return members;
    }
}
