using ArticleService.Http;
using ClinicalContent.Validation;

namespace ArticleService.Intake;

/// <summary>Reads a request body as an article and validates it through every layer of <see cref="ArticleValidator"/>.</summary>
/// <remarks>
/// Strict reading: unknown members are reported (and kept). <see cref="AcceptancePolicy"/> decides which errors block.
/// The validator uses the service's clock, so "not in the future" checks agree with the service's timestamps.
/// </remarks>
internal sealed class ArticleIntake
{
    private readonly ArticleValidator _validator;

    /// <summary>Creates the intake.</summary>
    /// <param name="timeProvider">The service's clock.</param>
    public ArticleIntake(TimeProvider timeProvider)
    {
        _validator = new ArticleValidator(ArticleValidatorOptions.Default with { TimeProvider = timeProvider });
    }

    /// <summary>Reads and validates a body of UTF-8 JSON.</summary>
    /// <param name="body">The request body; read to its end, or to just past the size limit.</param>
    /// <param name="cancellationToken">Stops the read.</param>
    /// <returns>The article, if one could be built, and every issue, marked blocking or not.</returns>
    public async Task<IntakeResult> ReadAsync(Stream body, CancellationToken cancellationToken)
    {
        var report = await _validator.ValidateAsync(body, cancellationToken);
        var issues = report.Issues
            .Select(issue => IssueDocument.From(issue, AcceptancePolicy.Blocks(issue, report.Article)))
            .ToList();
        return new IntakeResult(report.Article, issues, report.HasIssue(IssueCodes.DocumentTooLarge));
    }
}
