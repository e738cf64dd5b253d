using System.Collections;
using System.Collections.Immutable;
using System.Text.Json;

namespace ClinicalContent.Model;

/// <summary>
/// JSON members that this version of the model does not know, kept in document order so that a newer
/// article passing through an older service comes back with nothing lost.
/// </summary>
/// <remarks>
/// Strict reading reports each unknown member as an issue but still keeps it here; tolerant reading keeps it
/// silently. Writing puts these members after the known ones, values unchanged. Two bags are equal when they
/// hold the same names in the same order with deeply equal values.
/// </remarks>
public sealed record UnknownMembers : IReadOnlyList<KeyValuePair<string, JsonElement>>
{
    private readonly ImmutableArray<KeyValuePair<string, JsonElement>> _members;

    private UnknownMembers(ImmutableArray<KeyValuePair<string, JsonElement>> members) => _members = members;

    /// <summary>Creates a bag from name and value pairs; each value is cloned so it outlives its document.</summary>
    /// <param name="members">The members in document order.</param>
    /// <returns>A new bag.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="members"/> is null.</exception>
    /// <exception cref="ArgumentException">A name is null or appears twice.</exception>
    public static UnknownMembers Create(IEnumerable<KeyValuePair<string, JsonElement>> members)
    {
        ArgumentNullException.ThrowIfNull(members);
        var builder = ImmutableArray.CreateBuilder<KeyValuePair<string, JsonElement>>();
        var names = new HashSet<string>(StringComparer.Ordinal);
        foreach (var (name, value) in members)
        {
            if (name is null || !names.Add(name))
            {
                throw new ArgumentException("Every unknown member needs a distinct, non-null name.", nameof(members));
            }

            builder.Add(new(name, value.Clone()));
        }

        return new UnknownMembers(builder.ToImmutable());
    }

    internal static UnknownMembers FromOwned(ImmutableArray<KeyValuePair<string, JsonElement>> members) => new(members);

    /// <summary>The number of members.</summary>
    public int Count => _members.Length;

    /// <summary>The member at <paramref name="index"/>.</summary>
    /// <param name="index">Zero-based position in document order.</param>
    /// <exception cref="IndexOutOfRangeException">The index is outside the bag.</exception>
    public KeyValuePair<string, JsonElement> this[int index] => _members[index];

    /// <summary>Looks a member up by its exact (ordinal) name.</summary>
    /// <param name="name">The member name.</param>
    /// <param name="value">The member value, when found.</param>
    /// <returns>True when the bag holds a member with that name.</returns>
    public bool TryGetValue(string name, out JsonElement value)
    {
        foreach (var member in _members)
        {
            if (string.Equals(member.Key, name, StringComparison.Ordinal))
            {
                value = member.Value;
                return true;
            }
        }

        value = default;
        return false;
    }

    /// <inheritdoc/>
    public bool Equals(UnknownMembers? other)
    {
        if (ReferenceEquals(this, other))
        {
            return true;
        }

        if (other is null || other._members.Length != _members.Length)
        {
            return false;
        }

        for (var i = 0; i < _members.Length; i++)
        {
            if (!string.Equals(_members[i].Key, other._members[i].Key, StringComparison.Ordinal)
                || !JsonElement.DeepEquals(_members[i].Value, other._members[i].Value))
            {
                return false;
            }
        }

        return true;
    }

    /// <inheritdoc/>
    public override int GetHashCode()
    {
        // Names and value kinds only: consistent with DeepEquals, which treats 1 and 1.0 alike.
        var hash = new HashCode();
        foreach (var member in _members)
        {
            hash.Add(member.Key, StringComparer.Ordinal);
            hash.Add(member.Value.ValueKind);
        }

        return hash.ToHashCode();
    }

    /// <inheritdoc/>
    public IEnumerator<KeyValuePair<string, JsonElement>> GetEnumerator() => ((IEnumerable<KeyValuePair<string, JsonElement>>)_members).GetEnumerator();

    IEnumerator IEnumerable.GetEnumerator() => GetEnumerator();

    /// <inheritdoc/>
    public override string ToString() => $"UnknownMembers[{string.Join(", ", _members.Select(static m => m.Key))}]";
}
