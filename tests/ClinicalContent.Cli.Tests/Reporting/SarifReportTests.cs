using System.Text.Json;
using ClinicalContent.Cli.Tests.Infrastructure;
using ClinicalContent.Validation;

namespace ClinicalContent.Cli.Tests.Reporting;

public sealed class SarifReportTests
{
    private static readonly string[] s_levels = ["error", "warning", "note", "none"];

    [Fact]
    public async Task Validate_SarifFormat_WritesAWellFormedSarif210Log()
    {
        var run = await CliRunner.RunAsync("validate", "samples/articles", "--format", "sarif");

        run.ExitCode.Should().Be(ExitCodes.ContentInvalid, run.ToString());
        using var document = JsonDocument.Parse(run.Out);
        var root = document.RootElement;
        root.GetProperty("$schema").GetString().Should().Be("https://json.schemastore.org/sarif-2.1.0.json");
        root.GetProperty("version").GetString().Should().Be("2.1.0");
        var runs = root.GetProperty("runs").EnumerateArray().ToList();
        runs.Should().HaveCount(1);

        var driver = runs[0].GetProperty("tool").GetProperty("driver");
        driver.GetProperty("name").GetString().Should().Be("clinical-content");
        var rules = driver.GetProperty("rules").EnumerateArray().ToList();
        var ruleIds = rules.Select(static r => r.GetProperty("id").GetString()!).ToList();
        ruleIds.Should().OnlyHaveUniqueItems().And.Contain([IssueCodes.CitationUnresolved, IssueCodes.PrecautionUnsupported]);
        rules.Should().OnlyContain(static r => !string.IsNullOrEmpty(r.GetProperty("shortDescription").GetProperty("text").GetString()));
        rules.Single(static r => r.GetProperty("id").GetString() == IssueCodes.CitationUnresolved).GetProperty("name").GetString()
            .Should().Be(nameof(IssueCodes.CitationUnresolved));

        var results = runs[0].GetProperty("results").EnumerateArray().ToList();
        results.Should().NotBeEmpty();
        foreach (var result in results)
        {
            var ruleId = result.GetProperty("ruleId").GetString();
            ruleIds[result.GetProperty("ruleIndex").GetInt32()].Should().Be(ruleId);
            result.GetProperty("level").GetString().Should().BeOneOf(s_levels);
            result.GetProperty("message").GetProperty("text").GetString().Should().NotBeNullOrWhiteSpace();
            var location = result.GetProperty("locations")[0].GetProperty("physicalLocation");
            var uri = location.GetProperty("artifactLocation").GetProperty("uri").GetString();
            uri.Should().Be("samples/articles/myoclonus.json");
            Uri.IsWellFormedUriString(uri, UriKind.Relative).Should().BeTrue();
            location.GetProperty("region").GetProperty("startLine").GetInt32().Should().BePositive();
            location.GetProperty("region").GetProperty("startColumn").GetInt32().Should().BePositive();
            result.GetProperty("properties").GetProperty("pointer").GetString().Should().StartWith("/");
        }
    }

    [Fact]
    public async Task Validate_SarifWithUnreadableInput_ReportsAToolExecutionNotification()
    {
        var run = await CliRunner.RunAsync("validate", "missing.json", "--format", "sarif");

        run.ExitCode.Should().Be(ExitCodes.InputUnreadable, run.ToString());
        using var document = JsonDocument.Parse(run.Out);
        var invocation = document.RootElement.GetProperty("runs")[0].GetProperty("invocations")[0];
        invocation.GetProperty("executionSuccessful").GetBoolean().Should().BeFalse();
        var notification = invocation.GetProperty("toolExecutionNotifications")[0];
        notification.GetProperty("descriptor").GetProperty("id").GetString().Should().Be(IssueCodes.InputUnreadable);
        notification.GetProperty("locations")[0].GetProperty("physicalLocation").GetProperty("artifactLocation").GetProperty("uri").GetString()
            .Should().Be("missing.json");
    }

    [Fact]
    public async Task Validate_SarifWarning_HasWarningLevel()
    {
        using var temp = new TempDirectory();
        temp.Write("warning.json", TestArticles.WithWarning());

        var run = await CliRunner.RunInAsync(temp.Path, "validate", "warning.json", "--format", "sarif");

        using var document = JsonDocument.Parse(run.Out);
        var result = document.RootElement.GetProperty("runs")[0].GetProperty("results")[0];
        result.GetProperty("ruleId").GetString().Should().Be(IssueCodes.ReferenceNotCited);
        result.GetProperty("level").GetString().Should().Be("warning");
    }
}
