using ClinicalContent.Cli.Tests.Infrastructure;
using ClinicalContent.Validation;

namespace ClinicalContent.Cli.Tests.Commands;

public sealed class ValidateCommandExitCodeTests
{
    public static TheoryData<string> ValidSamples => new(TestArticles.ValidSamples);

    [Theory]
    [MemberData(nameof(ValidSamples))]
    public async Task Validate_ValidSample_ExitsOk(string sample)
    {
        var run = await CliRunner.RunAsync("validate", $"samples/articles/{sample}");

        run.ExitCode.Should().Be(ExitCodes.Ok, run.ToString());
        run.Error.Should().NotContain(" error ");
    }

    [Fact]
    public async Task Validate_SeedArticle_ExitsContentInvalidWithItsRealDefects()
    {
        var run = await CliRunner.RunAsync("validate", "samples/articles/myoclonus.json");

        run.ExitCode.Should().Be(ExitCodes.ContentInvalid, run.ToString());
        run.Error.Should().Contain($"error {IssueCodes.CitationUnresolved}:").And.Contain($"error {IssueCodes.PrecautionUnsupported}:");
        run.Error.Should().MatchRegex(@"(?m)^samples/articles/myoclonus\.json:\d+:\d+: error CC4001: .+ \[/.+\]$");
    }

    [Fact]
    public async Task Validate_MissingFile_ExitsInputUnreadable()
    {
        var run = await CliRunner.RunAsync("validate", "samples/articles/no-such-article.json");

        run.ExitCode.Should().Be(ExitCodes.InputUnreadable, run.ToString());
        run.Error.Should().Contain($"samples/articles/no-such-article.json: error {IssueCodes.InputUnreadable}:");
    }

    [Fact]
    public async Task Validate_MissingAndInvalidInputs_UnreadableWins()
    {
        var run = await CliRunner.RunAsync("validate", "samples/articles/myoclonus.json", "missing.json");

        run.ExitCode.Should().Be(ExitCodes.InputUnreadable, run.ToString());
        run.Error.Should().Contain(IssueCodes.CitationUnresolved, "the readable input is still validated");
    }

    [Fact]
    public async Task Validate_AllSamples_EndsWithASummaryLine()
    {
        var run = await CliRunner.RunAsync("validate", "samples/articles");

        run.ExitCode.Should().Be(ExitCodes.ContentInvalid, run.ToString());
        var lines = run.Error.TrimEnd('\n').Split('\n');
        lines[^1].Should().MatchRegex(@"^4 files, 4 articles, \d+ errors?, \d+ warnings?$");
    }

    [Fact]
    public async Task Validate_WarningOnly_ExitsOk()
    {
        using var temp = new TempDirectory();
        temp.Write("warning.json", TestArticles.WithWarning());

        var run = await CliRunner.RunInAsync(temp.Path, "validate", "warning.json");

        run.ExitCode.Should().Be(ExitCodes.Ok, run.ToString());
        run.Error.Should().Contain($"warning {IssueCodes.ReferenceNotCited}:");
    }

    [Fact]
    public async Task Validate_StrictWithWarning_ExitsContentInvalidAndReportsAnError()
    {
        using var temp = new TempDirectory();
        temp.Write("warning.json", TestArticles.WithWarning());

        var run = await CliRunner.RunInAsync(temp.Path, "validate", "warning.json", "--strict");

        run.ExitCode.Should().Be(ExitCodes.ContentInvalid, run.ToString());
        run.Error.Should().Contain($"error {IssueCodes.ReferenceNotCited}:");
    }

    [Fact]
    public async Task Validate_SeverityOverrideDowngradesTheSeedDefects_ExitsOk()
    {
        var run = await CliRunner.RunAsync(
            "validate", "samples/articles/myoclonus.json",
            "--severity", $"{IssueCodes.CitationUnresolved}=warning", "--severity", $"{IssueCodes.PrecautionUnsupported}=information");

        run.ExitCode.Should().Be(ExitCodes.Ok, run.ToString());
        run.Error.Should().Contain($"warning {IssueCodes.CitationUnresolved}:").And.Contain($"info {IssueCodes.PrecautionUnsupported}:");
    }

    [Fact]
    public async Task Validate_SeverityNone_SuppressesTheCode()
    {
        var run = await CliRunner.RunAsync("validate", "samples/articles/myoclonus.json", "--severity", $"{IssueCodes.CitationUnresolved}=none");

        run.Error.Should().NotContain(IssueCodes.CitationUnresolved);
        run.Error.Should().Contain(IssueCodes.PrecautionUnsupported);
    }

    [Fact]
    public async Task Validate_SeverityOverrideUpgradesAWarning_ExitsContentInvalid()
    {
        using var temp = new TempDirectory();
        temp.Write("warning.json", TestArticles.WithWarning());

        var run = await CliRunner.RunInAsync(temp.Path, "validate", "warning.json", "--severity", $"{IssueCodes.ReferenceNotCited}=error");

        run.ExitCode.Should().Be(ExitCodes.ContentInvalid, run.ToString());
    }

    [Fact]
    public async Task Validate_SeverityForUnknownCode_ExitsUsageError()
    {
        var run = await CliRunner.RunAsync("validate", "samples/articles/myoclonus.json", "--severity", "CC8999=error");

        run.ExitCode.Should().Be(ExitCodes.UsageError, run.ToString());
        run.Error.Should().Contain("CC8999");
    }

    [Fact]
    public async Task Validate_TextOutput_HasNoColourWhenNotATerminal()
    {
        var run = await CliRunner.RunAsync("validate", "samples/articles/myoclonus.json");

        run.Error.Should().NotContain("\u001b[");
    }
}
