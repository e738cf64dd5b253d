using ClinicalContent.Model;
using ClinicalContent.Validation;

namespace ClinicalContent.Tests.Validation.Rules;

public sealed class FutureDateRuleTests
{
    private static readonly DateOnly s_today = DateOnly.FromDateTime(ValidationArticles.Now.UtcDateTime);

    public static TheoryData<string, string[]> ReviewDates => new()
    {
        { "updated-tomorrow", ["/review/lastUpdated"] },
        { "reviewed-tomorrow", ["/review/lastReviewed"] },
        { "approved-tomorrow", ["/review/approvedOn"] },
        { "all-today", [] },
    };

    public static TheoryData<int, int?, int?, bool> IssuedDates => new()
    {
        { 2027, null, null, true },
        { 2026, null, null, false },
        { 2026, 7, null, true },
        { 2026, 6, null, false },
        { 2026, 6, 16, true },
        { 2026, 6, 15, false },
    };

    [Theory]
    [MemberData(nameof(ReviewDates))]
    public void Validate_ReviewDates_ReportsEachDateAfterToday(string name, string[] expected)
    {
        var tomorrow = s_today.AddDays(1);
        var article = ValidationArticles.WithReview(r => name switch
        {
            "updated-tomorrow" => r with { LastUpdated = tomorrow, LastReviewed = tomorrow.AddDays(-1), ApprovedOn = tomorrow.AddDays(-1) },
            "reviewed-tomorrow" => r with { LastReviewed = tomorrow },
            "approved-tomorrow" => r with { ApprovedOn = tomorrow },
            _ => r with { LastUpdated = s_today, LastReviewed = s_today, ApprovedOn = s_today },
        });

        var report = ValidationArticles.Validate(article);

        report.Pointers(IssueCodes.DateInFuture).Should().Equal(expected);
    }

    [Theory]
    [MemberData(nameof(IssuedDates))]
    public void Validate_ReferenceIssued_ReportsOnlyWhenWhollyAfterToday(int year, int? month, int? day, bool reported)
    {
        var references = ValidationArticles.Article.References;
        var article = ValidationArticles.Article with { References = [references[0], references[1] with { Issued = new PartialDate(year, month, day) }] };

        var report = ValidationArticles.Validate(article);

        string[] expected = reported ? ["/references/1/issued"] : [];
        report.Pointers(IssueCodes.DateInFuture).Should().Equal(expected);
    }

    [Fact]
    public void Validate_DateAfterTheClocksToday_UsesTheInjectedClock()
    {
        var article = ValidationArticles.WithReview(static r => r with { LastReviewed = new DateOnly(2030, 1, 1) });
        var later = new ArticleValidator(new ArticleValidatorOptions { TimeProvider = new FakeTimeProvider(new DateTimeOffset(2030, 1, 1, 0, 0, 0, TimeSpan.Zero)) });

        var early = ValidationArticles.Validate(article);
        var onTheDay = later.Validate(article);

        early.Pointers(IssueCodes.DateInFuture).Should().Equal("/review/lastReviewed");
        onTheDay.Pointers(IssueCodes.DateInFuture).Should().BeEmpty();
    }
}
