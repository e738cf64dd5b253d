using System.ComponentModel.DataAnnotations;
using System.Text.Json.Serialization;
using ClinicalContent.Serialization;

namespace ClinicalContent.Model;

/// <summary>
/// A structured point-of-care answer to a clinical question: what to check first, what to give, what else to
/// consider, in which situations the advice changes, what to watch out for and how to follow up, with the
/// references behind every statement.
/// </summary>
/// <remarks>
/// An immutable value: two articles with the same content are equal and hash alike, lists included. Change one
/// with <c>with</c> expressions. Read and write it with <see cref="ClinicalArticleJson"/>.
/// </remarks>
[JsonConverter(typeof(ClinicalArticleJsonConverter))]
public sealed record ClinicalArticle
{
    /// <summary>The version of the article schema this library writes.</summary>
    public const string CurrentSchemaVersion = "1.0";

    /// <summary>The version of the article schema the content follows (JSON <c>schemaVersion</c>); defaults to <see cref="CurrentSchemaVersion"/>.</summary>
    [JsonRequired]
    [RegularExpression(@"^1\.[0-9]+$")]
    public string SchemaVersion { get; init; } = CurrentSchemaVersion;

    /// <summary>The article's stable identifier (JSON <c>id</c>), a slug such as <c>myoclonus-treatment</c>.</summary>
    [RegularExpression(@"^[a-z0-9]+(?:-[a-z0-9]+)*$")]
    public required ArticleId Id { get; init; }

    /// <summary>The BCP 47 language tag of the content (JSON <c>language</c>), such as <c>en</c> or <c>en-GB</c>.</summary>
    [RegularExpression(@"^[A-Za-z]{2,3}(?:-[A-Za-z0-9]{2,8})*$")]
    public required string Language { get; init; }

    /// <summary>The business version of the content (JSON <c>version</c>), such as <c>3</c>, after FHIR <c>version</c>.</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public string? Version { get; init; }

    /// <summary>The question the reader asked (JSON <c>question</c>).</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public required string Question { get; init; }

    /// <summary>The article's heading (JSON <c>title</c>).</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public required string Title { get; init; }

    /// <summary>The short answer, with its citations (JSON <c>summary</c>).</summary>
    public required Statement Summary { get; init; }

    /// <summary>The condition the article is about (JSON <c>condition</c>), after schema.org <c>about</c>.</summary>
    public required CodedConcept Condition { get; init; }

    /// <summary>Who the article is written for (JSON <c>audience</c>).</summary>
    public required Audience Audience { get; init; }

    /// <summary>The article's editorial state (JSON <c>review</c>).</summary>
    public required ReviewInfo Review { get; init; }

    /// <summary>Part 1: how to reach the diagnosis (JSON <c>diagnosis</c>).</summary>
    public DiagnosticApproach? Diagnosis { get; init; }

    /// <summary>Part 2: the first-line treatments (JSON <c>firstLineTherapy</c>).</summary>
    public TherapySection? FirstLineTherapy { get; init; }

    /// <summary>Part 3: alternatives, combinations and options for refractory cases (JSON <c>alternatives</c>).</summary>
    public TherapySection? Alternatives { get; init; }

    /// <summary>Part 4: situations that change the advice (JSON <c>specialScenarios</c>).</summary>
    public EquatableArray<ClinicalScenario> SpecialScenarios { get; init; }

    /// <summary>Part 5: safety warnings, grouped (JSON <c>precautions</c>).</summary>
    public EquatableArray<Precaution> Precautions { get; init; }

    /// <summary>Part 6: monitoring and reassessment (JSON <c>followUp</c>).</summary>
    public FollowUpPlan? FollowUp { get; init; }

    /// <summary>Titled sections that fit none of the six parts (JSON <c>otherSections</c>).</summary>
    public EquatableArray<ArticleSection> OtherSections { get; init; }

    /// <summary>The sources the article cites (JSON <c>references</c>).</summary>
    public EquatableArray<Reference> References { get; init; }

    /// <summary>The disclaimer shown with the article (JSON <c>disclaimer</c>).</summary>
    [StringLength(int.MaxValue, MinimumLength = 1)]
    public string? Disclaimer { get; init; }

    /// <summary>Members a newer schema added that this version does not know; written back unchanged.</summary>
    public UnknownMembers? UnknownMembers { get; init; }
}
