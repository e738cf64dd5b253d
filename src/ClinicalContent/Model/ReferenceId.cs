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

    /// <inheritdoc/>
    public override string ToString() => Value;
}
