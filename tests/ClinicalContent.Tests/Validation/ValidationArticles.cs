using ClinicalContent.Model;
using ClinicalContent.Serialization;
using ClinicalContent.Validation;

namespace ClinicalContent.Tests.Validation;

/// <summary>
/// A small article that passes every layer — the same one the samples/invalid fixtures start from — and helpers
/// to validate variations of it on a fixed clock.
/// </summary>
internal static class ValidationArticles
{
    /// <summary>2026-06-15, after every date of the base article.</summary>
    public static readonly DateTimeOffset Now = new(2026, 6, 15, 12, 0, 0, TimeSpan.Zero);

    public const string Json = """
        {
          "schemaVersion": "1.0",
          "id": "sample-condition-treatment",
          "language": "en",
          "question": "How is the sample condition treated?",
          "title": "Treatment of the Sample Condition",
          "summary": {
            "text": "Drug A is the first-line treatment for the sample condition.",
            "citations": [{ "referenceId": "guideline-a" }]
          },
          "condition": { "text": "Sample condition" },
          "audience": "clinician",
          "review": {
            "status": "approved",
            "reviewers": [{ "name": "Alex Example", "credentials": "MD" }],
            "lastUpdated": "2025-03-01",
            "approvedOn": "2025-03-01",
            "notices": [{ "kind": "educational-use", "text": "Illustrative fixture; not medical advice" }]
          },
          "diagnosis": {
            "points": [
              { "text": "Confirm the diagnosis clinically before treating.", "citations": [{ "referenceId": "review-b" }] }
            ]
          },
          "firstLineTherapy": {
            "options": [
              {
                "name": "Drug A",
                "kind": "drug",
                "components": [
                  {
                    "drug": { "text": "Drug A" },
                    "dosages": [
                      {
                        "text": "10 mg once daily",
                        "dose": { "kind": "quantity", "unit": "mg", "value": 10 },
                        "timing": { "frequency": 1, "period": 1, "periodUnit": "d" }
                      }
                    ]
                  }
                ],
                "points": [
                  { "text": "Typical dosage: 10 mg once daily", "citations": [{ "referenceId": "guideline-a" }] }
                ]
              }
            ]
          },
          "precautions": [
            {
              "kind": "adverse-effect",
              "title": "Monitor for drowsiness",
              "points": [
                { "text": "Drug A may cause drowsiness", "citations": [{ "referenceId": "review-b" }] }
              ]
            }
          ],
          "followUp": {
            "points": [
              { "text": "Reassess the response at follow-up visits", "citations": [{ "referenceId": "guideline-a" }] }
            ]
          },
          "references": [
            { "id": "guideline-a", "kind": "guideline", "title": "Sample guideline", "issued": "2024" },
            { "id": "review-b", "kind": "review", "title": "Sample review", "issued": "2023" }
          ],
          "disclaimer": "Illustrative fixture for the ClinicalContent format; not medical advice."
        }
        """;

    public const string DosagePointer = "/firstLineTherapy/options/0/components/0/dosages/0";

    private static readonly Lazy<ClinicalArticle> s_article = new(static () => ClinicalArticleJson.ReadOrThrow(Json));

    /// <summary>The base article as a model.</summary>
    public static ClinicalArticle Article => s_article.Value;

    /// <summary>Options with the fixed clock.</summary>
    public static ArticleValidatorOptions Options { get; } = new() { TimeProvider = new FakeTimeProvider(Now) };

    /// <summary>A validator with the fixed clock.</summary>
    public static ArticleValidator Validator { get; } = new(Options);

    /// <summary>The first (only) dosage of the base article.</summary>
    public static Dosage Dosage => Article.FirstLineTherapy!.Options[0].Components[0].Dosages[0];

    /// <summary>The base article with its one dosage replaced.</summary>
    public static ClinicalArticle WithDosage(Dosage dosage)
    {
        var option = Article.FirstLineTherapy!.Options[0];
        var component = option.Components[0] with { Dosages = [dosage] };
        return Article with
        {
            FirstLineTherapy = Article.FirstLineTherapy with { Options = [option with { Components = [component] }] },
        };
    }

    /// <summary>The base article with its review replaced.</summary>
    public static ClinicalArticle WithReview(Func<ReviewInfo, ReviewInfo> change) => Article with { Review = change(Article.Review) };

    /// <summary>The pointers of the issues with one code, in report order.</summary>
    public static IReadOnlyList<string> Pointers(this ValidationReport report, string code)
        => [.. report.Issues.Where(i => i.Code == code).Select(static i => i.Pointer)];

    /// <summary>Code and pointer of every issue, in report order.</summary>
    public static IReadOnlyList<(string Code, string Pointer)> CodesAndPointers(this ValidationReport report)
        => [.. report.Issues.Select(static i => (i.Code, i.Pointer))];

    /// <summary>Validates an article with the fixed clock.</summary>
    public static ValidationReport Validate(ClinicalArticle article) => Validator.Validate(article);

    public static Statement Cited(string text, params string[] referenceIds) => new()
    {
        Text = text,
        Citations = [.. referenceIds.Select(static id => new Citation { ReferenceId = new ReferenceId(id) })],
    };
}
