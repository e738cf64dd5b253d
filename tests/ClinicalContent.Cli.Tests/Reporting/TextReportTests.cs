using ClinicalContent.Cli.Reporting;
using ClinicalContent.Cli.Tests.Infrastructure;
using ClinicalContent.Validation;

namespace ClinicalContent.Cli.Tests.Reporting;

public sealed class TextReportTests
{
    private static readonly ReportedIssue s_issue = new()
    {
        Code = IssueCodes.CitationUnresolved,
        Severity = IssueSeverity.Error,
        Message = "Nothing to cite.",
        Pointer = "/summary/citations/0",
        Line = 12,
        Column = 7,
    };

    [Fact]
    public void Format_IssueWithPosition_IsOneCompilerStyleLine()
    {
        var line = TextReportWriter.Format("a/b.json", s_issue);

        line.Should().Be("a/b.json:12:7: error CC4001: Nothing to cite. [/summary/citations/0]");
    }

    [Fact]
    public void Format_IssueAboutTheInput_HasNoPositionOrPointer()
    {
        var issue = new ReportedIssue { Code = IssueCodes.InputUnreadable, Severity = IssueSeverity.Error, Message = "No such file or directory." };

        var line = TextReportWriter.Format("missing.json", issue);

        line.Should().Be("missing.json: error CC9001: No such file or directory.");
    }

    [Fact]
    public void Format_WithColour_ColoursOnlyTheSeverity()
    {
        var line = TextReportWriter.Format("a.json", s_issue, useColor: true);

        line.Should().StartWith("a.json:12:7: \u001b[").And.Contain("error\u001b[0m CC4001: ");
    }

    [Fact]
    public void FormatSummary_SingleItems_UsesSingularWords()
    {
        var summary = new RunSummary { Files = 1, Articles = 1, Errors = 1, Warnings = 0, Information = 0, Unreadable = 0, Failed = 0, ValidFiles = 0 };

        TextReportWriter.FormatSummary(summary).Should().Be("1 file, 1 article, 1 error, 0 warnings");
    }

    [Fact]
    public async Task Validate_OnATerminal_ColoursUnlessNoColorIsGiven()
    {
        var coloured = await RunOnTerminalAsync("validate", "samples/articles/myoclonus.json");
        var plain = await RunOnTerminalAsync("validate", "samples/articles/myoclonus.json", "--no-color");

        coloured.Should().Contain("\u001b[");
        plain.Should().NotContain("\u001b[");
    }

    [Fact]
    public async Task Validate_SeveralFiles_SortsByPathThenLine()
    {
        var run = await CliRunner.RunAsync("validate", "samples/articles/myoclonus.json", "missing.json", "samples/articles/acute-migraine.json");

        var lines = run.Error.TrimEnd('\n').Split('\n')[..^1];
        var keys = lines.Select(static l => l.Split(':')).Select(static p => (Path: p[0], Line: p.Length > 2 && int.TryParse(p[1], out var n) ? n : 0)).ToList();
        keys.Should().BeInAscendingOrder(static k => k.Path, StringComparer.Ordinal);
        keys.GroupBy(static k => k.Path).Should().OnlyContain(static g => g.Select(static k => k.Line).SequenceEqual(g.Select(static k => k.Line).Order()));
    }

    private static async Task<string> RunOnTerminalAsync(params string[] args)
    {
        using var stderr = new StringWriter();
        var console = new CliConsole { Out = TextWriter.Null, Error = stderr, WorkingDirectory = RepositoryPaths.Root, ErrorSupportsColor = true };

        await CliApplication.RunAsync(args, console);

        return stderr.ToString();
    }
}
