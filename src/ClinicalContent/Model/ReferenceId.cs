namespace ClinicalContent.Model;

/// <summary>The stable key that a <see cref="Citation"/> uses to point at a <see cref="Reference"/>.</summary>
/// <remarks>
/// Written as a JSON string. It is opaque and never the number a reader sees: citation numbers are derived
/// from first appearance when an article is rendered, so reordering references never breaks a citation.
/// </remarks>
public readonly record struct ReferenceId
{
    private readonly string? _value;

    /// <summary>Wraps a reference key.</summary>
    /// <param name="value">The key text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public ReferenceId(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>The key text; empty only for <c>default(ReferenceId)</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares by <see cref="Value"/>, so <c>default</c> equals an empty identifier.</summary>
    /// <param name="other">The identifier to compare with.</param>
    /// <returns>True when both have the same text (ordinal).</returns>
    public bool Equals(ReferenceId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc/>
    public override string ToString() => Value;
}
