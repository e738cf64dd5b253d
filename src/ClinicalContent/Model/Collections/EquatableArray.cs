using System.Collections;
using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace ClinicalContent.Model.Collections;

/// <summary>
/// An immutable array with value equality, so that records holding lists compare and hash by content.
/// </summary>
/// <typeparam name="T">The element type.</typeparam>
/// <remarks>
/// <para>
/// <see cref="ImmutableArray{T}"/> compares by reference, which would make two articles with the same content
/// unequal. This wrapper compares element by element with <see cref="EqualityComparer{T}.Default"/> and hashes
/// the same way. The <c>default</c> value is an empty array, never a null one.
/// </para>
/// <para>Collection expressions work: <c>EquatableArray&lt;string&gt; names = ["a", "b"];</c>.</para>
/// </remarks>
[CollectionBuilder(typeof(EquatableArray), nameof(EquatableArray.Create))]
public readonly struct EquatableArray<T> : IEquatable<EquatableArray<T>>, IReadOnlyList<T>
{
    private readonly ImmutableArray<T> _items;

    /// <summary>Wraps an existing immutable array without copying it.</summary>
    /// <param name="items">The elements; a default (uninitialised) array is treated as empty.</param>
    public EquatableArray(ImmutableArray<T> items) => _items = items;

    /// <summary>The number of elements.</summary>
    public int Count => _items.IsDefault ? 0 : _items.Length;

    /// <summary>True when the array has no elements.</summary>
    public bool IsEmpty => Count == 0;

    /// <summary>The element at <paramref name="index"/>.</summary>
    /// <param name="index">Zero-based position.</param>
    /// <exception cref="IndexOutOfRangeException">The index is outside the array.</exception>
    public T this[int index] => AsImmutableArray()[index];

    /// <summary>The elements as an <see cref="ImmutableArray{T}"/>; never a default array.</summary>
    /// <returns>The underlying array, or <see cref="ImmutableArray{T}.Empty"/>.</returns>
    public ImmutableArray<T> AsImmutableArray() => _items.IsDefault ? ImmutableArray<T>.Empty : _items;

    /// <summary>The elements as a read-only span, for allocation-free iteration.</summary>
    /// <returns>A span over the elements.</returns>
    public ReadOnlySpan<T> AsSpan() => AsImmutableArray().AsSpan();

    /// <summary>Compares two arrays element by element.</summary>
    /// <param name="other">The array to compare with.</param>
    /// <returns>True when both have the same elements in the same order.</returns>
    public bool Equals(EquatableArray<T> other) => AsSpan().SequenceEqual(other.AsSpan(), EqualityComparer<T>.Default);

    /// <inheritdoc/>
    public override bool Equals(object? obj) => obj is EquatableArray<T> other && Equals(other);

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        var hash = new HashCode();
        foreach (var item in AsSpan())
        {
            hash.Add(item);
        }

        return hash.ToHashCode();
    }

    /// <summary>Returns an enumerator that allocates nothing.</summary>
    /// <returns>An enumerator over the elements.</returns>
    public ImmutableArray<T>.Enumerator GetEnumerator() => AsImmutableArray().GetEnumerator();

    IEnumerator<T> IEnumerable<T>.GetEnumerator() => ((IEnumerable<T>)AsImmutableArray()).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => ((IEnumerable)AsImmutableArray()).GetEnumerator();

    /// <summary>Compares two arrays element by element.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns>True when both have the same elements in the same order.</returns>
    public static bool operator ==(EquatableArray<T> left, EquatableArray<T> right) => left.Equals(right);

    /// <summary>Compares two arrays element by element.</summary>
    /// <param name="left">The first array.</param>
    /// <param name="right">The second array.</param>
    /// <returns>True when the arrays differ in length or in any element.</returns>
    public static bool operator !=(EquatableArray<T> left, EquatableArray<T> right) => !left.Equals(right);

    /// <summary>Wraps an immutable array.</summary>
    /// <param name="items">The elements.</param>
    public static implicit operator EquatableArray<T>(ImmutableArray<T> items) => new(items);

    /// <inheritdoc/>
    public override string ToString() => $"EquatableArray<{typeof(T).Name}>[{Count}]";
}

/// <summary>Factory methods for <see cref="EquatableArray{T}"/>, used by collection expressions.</summary>
public static class EquatableArray
{
    /// <summary>Creates an array holding a copy of <paramref name="items"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements to copy.</param>
    /// <returns>A new array.</returns>
    public static EquatableArray<T> Create<T>(ReadOnlySpan<T> items) => new(ImmutableArray.Create(items));

    /// <summary>Creates an array holding a copy of <paramref name="items"/>.</summary>
    /// <typeparam name="T">The element type.</typeparam>
    /// <param name="items">The elements to copy.</param>
    /// <returns>A new array.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="items"/> is null.</exception>
    public static EquatableArray<T> ToEquatableArray<T>(this IEnumerable<T> items) => new(ImmutableArray.CreateRange(items));
}
