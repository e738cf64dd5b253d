namespace ClinicalContent.Validation;

/// <summary>A part of an article together with the RFC 6901 JSON Pointer to it, for rules that report issues.</summary>
/// <typeparam name="T">The model type, such as <see cref="Model.Statement"/> or <see cref="Model.Citation"/>.</typeparam>
/// <param name="Value">The part of the article.</param>
/// <param name="Pointer">Where the part is, with wire names and list indexes as in the JSON the article was read from,
/// such as <c>/firstLineTherapy/options/0/points/1</c>.</param>
/// <remarks>When the article was read from JSON in which the reader had to leave out a broken list element,
/// the indexes are those of the input, not of the model's lists; always prefer <see cref="Pointer"/> to building
/// a pointer from list positions.</remarks>
[System.Diagnostics.CodeAnalysis.SuppressMessage("Naming", "CA1720:Identifier contains type name", Justification = "JSON Pointer is the name RFC 6901 gives it.")]
public readonly record struct Located<T>(T Value, string Pointer);
