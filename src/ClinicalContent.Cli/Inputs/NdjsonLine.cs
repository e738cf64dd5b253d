namespace ClinicalContent.Cli.Inputs;

/// <summary>One line of an NDJSON input, without its line end.</summary>
/// <param name="Number">The 1-based line number in the input.</param>
/// <param name="Bytes">The line's bytes; valid only until the next line is read.</param>
internal readonly record struct NdjsonLine(int Number, ReadOnlyMemory<byte> Bytes)
{
    /// <summary>Whether the line holds only spaces and tabs; such lines are not articles.</summary>
    public bool IsBlank => Bytes.Span.Trim(" \t"u8).IsEmpty;
}
