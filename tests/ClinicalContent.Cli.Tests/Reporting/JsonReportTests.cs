using System.Text.Json;
using ClinicalContent.Cli.Tests.Infrastructure;

namespace ClinicalContent.Cli.Tests.Reporting;

public sealed class JsonReportTests
{
    [Fact]
    public async Task Validate_SeedAsJson_MatchesTheGoldenFile()
    {
        var run = await CliRunner.RunAsync("validate", "samples/articles/myoclonus.json", "--format", "json");

        run.ExitCode.Should().Be(ExitCodes.ContentInvalid, run.ToString());
        GoldenFile.Verify("validate-myoclonus", run.Out);
    }

    [Fact]
    public async Task Validate_JsonFormat_WritesOnlyTheSummaryLineToStandardError()
    {
        var run = await CliRunner.RunAsync("validate", "samples/articles", "--format", "json");

        run.Error.TrimEnd('\n').Should().NotContain("\n").And.StartWith("4 files, 4 articles");
    }

    [Fact]
    public async Task Validate_JsonFormat_HasAReportPerFileAndASummary()
    {
        var run = await CliRunner.RunAsync("validate", "samples/articles", "missing.json", "--format", "json");

        using var document = JsonDocument.Parse(run.Out);
        var files = document.RootElement.GetProperty("files").EnumerateArray().ToList();
        files.Should().HaveCount(5);
        foreach (var file in files)
        {
            file.GetProperty("valid").ValueKind.Should().BeOneOf(JsonValueKind.True, JsonValueKind.False);
            file.GetProperty("issues").ValueKind.Should().Be(JsonValueKind.Array);
        }

        var missing = files.Single(static f => f.GetProperty("path").GetString() == "missing.json");
        missing.GetProperty("status").GetString().Should().Be("unreadable");
        var summary = document.RootElement.GetProperty("summary");
        summary.GetProperty("files").GetInt32().Should().Be(5);
        summary.GetProperty("validFiles").GetInt32().Should().Be(3);
        summary.GetProperty("unreadable").GetInt32().Should().Be(1);
        summary.GetProperty("exitCode").GetInt32().Should().Be(ExitCodes.InputUnreadable);
    }
}
