using System.Collections.Immutable;
using ClinicalContent.Serialization;

namespace ClinicalContent.Validation;

/// <summary>Settings for <see cref="ArticleValidator"/>. Immutable: derive variants with <c>with</c>.</summary>
/// <remarks>
/// <para>Codes named in <see cref="SeverityOverrides"/> and <see cref="SuppressedCodes"/> are checked when an
/// <see cref="ArticleValidator"/> is created: each must be a code of <see cref="IssueCodes"/> or one that an
/// additional rule declares in <see cref="IArticleRule.Codes"/>.</para>
/// <para>Overrides and suppressions apply to every layer — syntax (CC1xxx), schema (CC2xxx), content (CC3xxx),
/// references (CC4xxx) and additional rules — after the layers' overlaps have been removed.</para>
/// </remarks>
public sealed record ArticleValidatorOptions
{
    /// <summary>The default of <see cref="DominantReferenceShare"/>: 0.85.</summary>
    /// <remarks>Chosen so that the seed article (whose main guideline is the only source of 55% of its cited
    /// statements) and the bundled samples (at most 76%) pass, while an article that rests on one source for
    /// nearly everything does not. See docs/issue-codes.md, CC4005.</remarks>
    public const decimal DefaultDominantReferenceShare = 0.85m;

    /// <summary>The defaults: system clock, strict JSON, schema on, no overrides, no extra rules.</summary>
    public static ArticleValidatorOptions Default { get; } = new();

    /// <summary>The clock used for "not in the future" checks (<see cref="IssueCodes.DateInFuture"/>); the system clock by default.</summary>
    /// <remarks>The check compares with today's date in UTC. Tests pass a fixed clock.</remarks>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public TimeProvider TimeProvider
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(value));
    } = TimeProvider.System;

    /// <summary>A severity for each code that should not have its default one, such as <c>CC4002</c> → error.</summary>
    /// <remarks>The dictionary is copied when the validator is created; later changes to it have no effect.</remarks>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public IReadOnlyDictionary<string, IssueSeverity> SeverityOverrides
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(value));
    } = ImmutableDictionary<string, IssueSeverity>.Empty;

    /// <summary>Codes that are not reported at all, such as <c>CC4002</c> for articles whose reference lists are shared.</summary>
    /// <remarks>A suppressed code also hides its overlap in another layer: a missing member suppressed as
    /// <c>CC1005</c> does not come back as the schema's <c>CC2002</c>.</remarks>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public ImmutableHashSet<string> SuppressedCodes
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(value));
    } = ImmutableHashSet<string>.Empty;

    /// <summary>Rules run after the built-in ones, in this order.</summary>
    public EquatableArray<IArticleRule> AdditionalRules { get; init; }

    /// <summary>
    /// The share of an article's cited statements that one reference may be the only source of before
    /// <see cref="IssueCodes.DominantReference"/> is reported; between 0 (exclusive) and 1 (inclusive).
    /// </summary>
    /// <remarks>
    /// A cited statement is a statement, therapy option or precaution with at least one citation. A listed reference
    /// carries it when it is the only listed reference the statement cites. The warning is reported when one reference
    /// carries at least this share of the cited statements, and only for articles with five or more cited
    /// statements. Default <see cref="DefaultDominantReferenceShare"/>; 1 reports only articles that rest on one
    /// source entirely.
    /// </remarks>
    /// <exception cref="ArgumentOutOfRangeException">The value is not above 0 or is above 1.</exception>
    public decimal DominantReferenceShare
    {
        get;
        init
        {
            if (!(value > 0 && value <= 1))
            {
                throw new ArgumentOutOfRangeException(nameof(value), value, "The share must be above 0 and at most 1.");
            }

            field = value;
        }
    } = DefaultDominantReferenceShare;

    /// <summary>How JSON input is read: strict by default (<see cref="ClinicalArticleJsonOptions.Default"/>).</summary>
    /// <remarks>With tolerant reading (<see cref="ClinicalArticleJsonOptions.Tolerant"/>) unknown members are not
    /// reported by the reader, but the 1.0 schema still forbids them and reports each as <c>CC2003</c>; suppress that
    /// code, or turn <see cref="ValidateSchema"/> off, to accept members from newer minor versions.</remarks>
    /// <exception cref="ArgumentNullException">The value is null.</exception>
    public ClinicalArticleJsonOptions JsonOptions
    {
        get;
        init => field = value ?? throw new ArgumentNullException(nameof(value));
    } = ClinicalArticleJsonOptions.Default;

    /// <summary>Whether JSON input is also evaluated against the published article schema (CC2xxx); true by default.</summary>
    /// <remarks>Has no effect on <see cref="ArticleValidator.Validate(Model.ClinicalArticle)"/>, which has no JSON to evaluate.</remarks>
    public bool ValidateSchema { get; init; } = true;
}
