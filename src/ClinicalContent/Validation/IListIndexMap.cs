using System.Collections.Immutable;

namespace ClinicalContent.Validation;

/// <summary>Translates positions in a model list into positions in the JSON array it was read from.</summary>
internal interface IListIndexMap
{
    /// <summary>The input index of each model element, or null when they are the same.</summary>
    /// <param name="listPointer">The pointer to the JSON array, already translated.</param>
    /// <param name="items">The model list.</param>
    /// <param name="key">A member that identifies an element, such as a statement's text; null when there is none.</param>
    /// <param name="keyMember">The wire name of that member.</param>
    int[]? Map<T>(string listPointer, ImmutableArray<T> items, Func<T, string?> key, string? keyMember);
}
