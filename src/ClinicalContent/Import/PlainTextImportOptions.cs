using ClinicalContent.Model;

namespace ClinicalContent.Import;

/// <summary>Settings for <see cref="PlainTextImporter"/>: what the page text itself cannot say.</summary>
/// <remarks>Immutable; <see cref="Default"/> can be shared between threads.</remarks>
public sealed record PlainTextImportOptions
{
    /// <summary>The settings used when none are given: an id from the title, language <c>en</c>.</summary>
    public static PlainTextImportOptions Default { get; } = new();

    /// <summary>The id to give the article; null (the default) makes a slug from the title, such as
    /// <c>treatment-for-involuntary-muscle-jerking</c>.</summary>
    public ArticleId? ArticleId { get; init; }

    /// <summary>The BCP 47 language of the text; <c>en</c> by default.</summary>
    public string Language { get; init; } = "en";

    /// <summary>The condition with its codes, when the caller knows them; null (the default) takes the condition's
    /// name from the page (the term the summary gives in parentheses after the title's topic, else the topic).</summary>
    /// <remarks>Pages carry no codes: an importer never invents an ICD-10-CM or SNOMED CT code.</remarks>
    public CodedConcept? Condition { get; init; }
}
