namespace ClinicalContent.Validation;

/// <summary>A place in source text: 1-based line and 1-based column counted in UTF-16 code units.</summary>
/// <param name="Line">The line, starting at 1; lines end at <c>\n</c>.</param>
/// <param name="Column">The column, starting at 1, in UTF-16 code units from the start of the line.</param>
public readonly record struct TextPosition(int Line, int Column)
{
    /// <summary>Formats the position as <c>line:column</c>.</summary>
    /// <returns>The position as text.</returns>
    public override string ToString() => string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Line}:{Column}");
}
