namespace ClinicalContent.Model;

/// <summary>The stable identifier of an article, such as <c>myoclonus-treatment</c>.</summary>
/// <remarks>Written as a JSON string. Identifiers are opaque: compare them, never parse them.</remarks>
public readonly record struct ArticleId
{
    private readonly string? _value;

    /// <summary>Wraps an identifier.</summary>
    /// <param name="value">The identifier text.</param>
    /// <exception cref="ArgumentNullException"><paramref name="value"/> is null.</exception>
    public ArticleId(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        _value = value;
    }

    /// <summary>The identifier text; empty only for <c>default(ArticleId)</c>.</summary>
    public string Value => _value ?? string.Empty;

    /// <summary>Compares by <see cref="Value"/>, so <c>default</c> equals an empty identifier.</summary>
    /// <param name="other">The identifier to compare with.</param>
    /// <returns>True when both have the same text (ordinal).</returns>
    public bool Equals(ArticleId other) => string.Equals(Value, other.Value, StringComparison.Ordinal);

    /// <inheritdoc/>
    public override int GetHashCode() => StringComparer.Ordinal.GetHashCode(Value);

    /// <inheritdoc/>
    public override string ToString() => Value;
}
