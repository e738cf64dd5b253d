using System.Collections.Immutable;
using System.Globalization;
using System.Text.Json;
using ClinicalContent.Internal;

namespace ClinicalContent.Validation;

/// <summary>
/// Lines model lists up with the JSON arrays they were read from when the reader left broken elements out (a
/// citation without <c>referenceId</c>, a <c>null</c> element), so that rule issues point at the input's indexes.
/// </summary>
/// <remarks>
/// An element can only have been left out if the reader reported an error at or under it. When the number of such
/// elements equals the number missing from the model, those are the ones left out. Otherwise each candidate is kept
/// or dropped by comparing a key member (a statement's text, a citation's reference id) with the next model element.
/// </remarks>
internal sealed class JsonListIndexMap : IListIndexMap
{
    private readonly JsonElement _root;
    private readonly HashSet<string> _errorPaths;

    private JsonListIndexMap(JsonElement root, HashSet<string> errorPaths)
    {
        _root = root;
        _errorPaths = errorPaths;
    }

    /// <summary>A map for one document, or null when the reader reported no error and the lists line up as they are.</summary>
    public static JsonListIndexMap? Create(JsonElement root, IEnumerable<ValidationIssue> readerIssues)
    {
        HashSet<string>? paths = null;
        foreach (var issue in readerIssues)
        {
            if (issue.Severity != IssueSeverity.Error)
            {
                continue;
            }

            paths ??= new HashSet<string>(StringComparer.Ordinal);
            var pointer = issue.Pointer;
            while (pointer.Length > 0 && paths.Add(pointer))
            {
                pointer = JsonPointers.Parent(pointer);
            }
        }

        return paths is null ? null : new JsonListIndexMap(root, paths);
    }

    public int[]? Map<T>(string listPointer, ImmutableArray<T> items, Func<T, string?> key, string? keyMember)
    {
        if (!JsonPointers.TryResolve(_root, listPointer, out var array) || array.ValueKind != JsonValueKind.Array)
        {
            return null;
        }

        var length = array.GetArrayLength();
        var count = items.Length;
        if (length <= count)
        {
            return null;
        }

        var candidates = new bool[length];
        var candidateCount = 0;
        for (var i = 0; i < length; i++)
        {
            if (_errorPaths.Contains(listPointer + "/" + i.ToString(CultureInfo.InvariantCulture)))
            {
                candidates[i] = true;
                candidateCount++;
            }
        }

        var map = new int[count];
        var j = 0;
        var index = 0;
        foreach (var element in array.EnumerateArray())
        {
            if (j == count)
            {
                break;
            }

            bool kept;
            if (!candidates[index])
            {
                kept = true;
            }
            else if (candidateCount == length - count)
            {
                kept = false;
            }
            else
            {
                kept = KeptByKey(element, index, length, j, count, items[j], key, keyMember);
            }

            if (kept)
            {
                map[j++] = index;
            }

            index++;
        }

        // Fewer input elements matched than the model holds: the input is not what the model was read from.
        return j == count ? map : null;
    }

    private static bool KeptByKey<T>(JsonElement element, int index, int length, int j, int count, T item, Func<T, string?> key, string? keyMember)
    {
        if (length - index == count - j)
        {
            return true;
        }

        if (keyMember is null || element.ValueKind != JsonValueKind.Object
            || !element.TryGetProperty(keyMember, out var value) || value.ValueKind != JsonValueKind.String)
        {
            return false;
        }

        try
        {
            return string.Equals(value.GetString(), key(item), StringComparison.Ordinal);
        }
        catch (InvalidOperationException)
        {
            // Invalid UTF-8: the reader reported it and could not have read the key.
            return false;
        }
    }
}
