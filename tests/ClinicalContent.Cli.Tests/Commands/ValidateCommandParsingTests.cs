using ClinicalContent.Cli.Commands;
using ClinicalContent.Cli.Tests.Infrastructure;
using ClinicalContent.Validation;

namespace ClinicalContent.Cli.Tests.Commands;

public sealed class ValidateCommandParsingTests
{
    private static ValidateCommandOptions Bind(params string[] args)
    {
        var console = new CliConsole { Out = TextWriter.Null, Error = TextWriter.Null };
        var root = CliApplication.CreateRootCommand(console);
        var parseResult = root.Parse(args);
        parseResult.Errors.Should().BeEmpty();
        var command = parseResult.CommandResult.Command.Should().BeOfType<ValidateCommand>().Subject;
        return command.Bind(parseResult);
    }

    [Fact]
    public void Bind_NoOptions_UsesDefaults()
    {
        var options = Bind("validate", "a.json");

        options.Paths.Should().Equal("a.json");
        options.Format.Should().Be(OutputFormat.Text);
        options.Strict.Should().BeFalse();
        options.NoColor.Should().BeFalse();
        options.SeverityOverrides.Should().BeEmpty();
        options.SuppressedCodes.Should().BeEmpty();
        options.StdinFormat.Should().Be(StdinFormat.Auto);
        options.Jobs.Should().Be(Environment.ProcessorCount);
    }

    [Fact]
    public void Bind_EveryOption_BindsIntoTheRecord()
    {
        var options = Bind(
            "validate", "a.json", "dir", "-", "--format", "sarif", "--strict", "--no-color",
            "--severity", "CC4002=error", "--severity", "cc3010=none", "--stdin-format", "ndjson", "-j", "3");

        options.Paths.Should().Equal("a.json", "dir", "-");
        options.Format.Should().Be(OutputFormat.Sarif);
        options.Strict.Should().BeTrue();
        options.NoColor.Should().BeTrue();
        options.SeverityOverrides.Should().Equal(new Dictionary<string, IssueSeverity> { [IssueCodes.ReferenceNotCited] = IssueSeverity.Error });
        options.SuppressedCodes.Should().Equal(IssueCodes.EmptyPart);
        options.StdinFormat.Should().Be(StdinFormat.Ndjson);
        options.Jobs.Should().Be(3);
    }

    [Fact]
    public void Bind_SameCodeTwice_LaterSettingWins()
    {
        var options = Bind("validate", "a.json", "--severity", "CC4002=none", "--severity", "CC4002=information");

        options.SuppressedCodes.Should().BeEmpty();
        options.SeverityOverrides.Should().ContainKey(IssueCodes.ReferenceNotCited).WhoseValue.Should().Be(IssueSeverity.Information);
    }

    [Fact]
    public void Bind_SeverityBeforePaths_TakesOneValuePerOccurrence()
    {
        var options = Bind("validate", "--severity", "CC4002=warning", "a.json", "b.json");

        options.Paths.Should().Equal("a.json", "b.json");
        options.SeverityOverrides.Should().HaveCount(1);
    }

    public static TheoryData<string> MalformedSeverities => new()
    {
        "CC4002",
        "=error",
        "CC42=error",
        "XX4002=error",
        "CC4002=fatal",
        "CC4002=",
        "CC8999=error",
        "CC9001=warning",
    };

    [Theory]
    [MemberData(nameof(MalformedSeverities))]
    public void TryParseSeverityOverride_MalformedToken_IsRejectedWithAReason(string token)
    {
        var parsed = ValidateCommand.TryParseSeverityOverride(token, out _, out _, out var error);

        parsed.Should().BeFalse();
        error.Should().NotBeNullOrWhiteSpace();
    }

    public static TheoryData<string[]> UsageErrors => new()
    {
        new[] { "validate" },
        new[] { "validate", "a.json", "--format", "xml" },
        new[] { "validate", "a.json", "--severity", "CC4002=fatal" },
        new[] { "validate", "a.json", "--jobs", "0" },
        new[] { "validate", "a.json", "--no-such-option" },
        new[] { "no-such-command" },
        Array.Empty<string>(),
    };

    [Theory]
    [MemberData(nameof(UsageErrors))]
    public async Task Run_UsageError_ExitsWithUsageErrorAndSaysWhy(string[] args)
    {
        var run = await CliRunner.RunAsync(args);

        run.ExitCode.Should().Be(ExitCodes.UsageError, run.ToString());
        run.Error.Should().NotBeNullOrWhiteSpace();
    }

    [Fact]
    public async Task Run_Version_PrintsAVersionAndSucceeds()
    {
        var run = await CliRunner.RunAsync("--version");

        run.ExitCode.Should().Be(ExitCodes.Ok);
        run.Out.Trim().Should().NotBeEmpty();
    }

    [Fact]
    public async Task Run_ValidateHelp_DocumentsTheExitCodes()
    {
        var run = await CliRunner.RunAsync("validate", "--help");

        run.ExitCode.Should().Be(ExitCodes.Ok);
        run.Out.Should().Contain("Exit codes").And.Contain("--strict").And.Contain("--severity").And.Contain("the highest wins");
    }
}
