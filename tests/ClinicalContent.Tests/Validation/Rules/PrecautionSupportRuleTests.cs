using ClinicalContent.Model;
using ClinicalContent.Validation;

namespace ClinicalContent.Tests.Validation.Rules;

public sealed class PrecautionSupportRuleTests
{
    public static TheoryData<string, bool> Cases => new()
    {
        { "all-unresolved", true },
        { "no-citations", true },
        { "one-resolved-among-unresolved", false },
        { "own-citation-resolves", false },
        { "deep-point-resolves", false },
    };

    [Theory]
    [MemberData(nameof(Cases))]
    public void Validate_Precaution_ReportsWhenNoCitationResolves(string name, bool reported)
    {
        var article = ValidationArticles.Article with { Precautions = [Build(name)] };

        var report = ValidationArticles.Validate(article);

        string[] expected = reported ? ["/precautions/0"] : [];
        report.Pointers(IssueCodes.PrecautionUnsupported).Should().Equal(expected);
    }

    private static Precaution Build(string name)
    {
        var precaution = new Precaution { Kind = PrecautionKind.Dependence, Title = "Risk of dependence" };
        return name switch
        {
            "all-unresolved" => precaution with
            {
                Citations = [new Citation { ReferenceId = new ReferenceId("ref-6") }],
                Points = [ValidationArticles.Cited("Use the lowest effective dosage", "ref-6"), ValidationArticles.Cited("Taper gradually", "ref-7")],
            },
            "no-citations" => precaution with { Points = [new Statement { Text = "Use the lowest effective dosage" }] },
            "one-resolved-among-unresolved" => precaution with
            {
                Points = [ValidationArticles.Cited("Use the lowest effective dosage", "ref-6"), ValidationArticles.Cited("Taper gradually", "ref-6", "review-b")],
            },
            "own-citation-resolves" => precaution with
            {
                Citations = [new Citation { ReferenceId = new ReferenceId("review-b") }],
                Points = [new Statement { Text = "Use the lowest effective dosage" }],
            },
            "deep-point-resolves" => precaution with
            {
                Points = [new Statement { Text = "Before stopping", Points = [ValidationArticles.Cited("Taper gradually", "review-b")] }],
            },
            _ => throw new ArgumentOutOfRangeException(nameof(name), name, null),
        };
    }
}
