using System.Text;
using ClinicalContent.Cli.Tests.Infrastructure;
using ClinicalContent.Validation;

namespace ClinicalContent.Cli.Tests.Inputs;

public sealed class InputTests
{
    [Fact]
    public async Task Validate_Directory_FindsJsonAndNdjsonFilesRecursively()
    {
        using var temp = new TempDirectory();
        temp.Write("articles/a.json", TestArticles.Valid());
        temp.Write("articles/nested/deeper/b.json", TestArticles.Seed());
        temp.Write("articles/nested/c.ndjson", TestArticles.Compact(TestArticles.Valid()) + "\n");
        temp.Write("articles/notes.txt", "not an article");

        var run = await CliRunner.RunInAsync(temp.Path, "validate", "articles", "--format", "json");

        run.ExitCode.Should().Be(ExitCodes.ContentInvalid, run.ToString());
        Paths(run.Out).Should().Equal("articles/a.json", "articles/nested/c.ndjson", "articles/nested/deeper/b.json");
    }

    [Fact]
    public async Task Validate_EmptyDirectory_ExitsInputUnreadable()
    {
        using var temp = new TempDirectory();
        Directory.CreateDirectory(Path.Combine(temp.Path, "empty"));

        var run = await CliRunner.RunInAsync(temp.Path, "validate", "empty");

        run.ExitCode.Should().Be(ExitCodes.InputUnreadable, run.ToString());
        run.Error.Should().Contain($"empty: error {IssueCodes.NoInputFound}:");
    }

    [Fact]
    public async Task Validate_RecursiveGlob_MatchesFilesAtEveryDepth()
    {
        using var temp = new TempDirectory();
        temp.Write("content/a.json", TestArticles.Valid());
        temp.Write("content/x/b.json", TestArticles.Valid());
        temp.Write("content/x/y/c.json", TestArticles.Valid());
        temp.Write("content/x/y/d.ndjson", TestArticles.Compact(TestArticles.Valid()));

        var run = await CliRunner.RunInAsync(temp.Path, "validate", "content/**/*.json", "--format", "json");

        run.ExitCode.Should().Be(ExitCodes.Ok, run.ToString());
        Paths(run.Out).Should().Equal("content/a.json", "content/x/b.json", "content/x/y/c.json");
    }

    [Fact]
    public async Task Validate_StarGlob_MatchesOnlyTheTopFolder()
    {
        using var temp = new TempDirectory();
        temp.Write("one.json", TestArticles.Valid());
        temp.Write("two.json", TestArticles.Seed());
        temp.Write("sub/three.json", TestArticles.Valid());

        var run = await CliRunner.RunInAsync(temp.Path, "validate", "*.json", "--format", "json");

        run.ExitCode.Should().Be(ExitCodes.ContentInvalid, run.ToString());
        Paths(run.Out).Should().Equal("one.json", "two.json");
    }

    [Fact]
    public async Task Validate_GlobMatchingNothing_ExitsInputUnreadable()
    {
        using var temp = new TempDirectory();

        var run = await CliRunner.RunInAsync(temp.Path, "validate", "nothing/**/*.json");

        run.ExitCode.Should().Be(ExitCodes.InputUnreadable, run.ToString());
        run.Error.Should().Contain($"nothing/**/*.json: error {IssueCodes.NoInputFound}:");
    }

    [Fact]
    public async Task Validate_SameFileTwice_IsValidatedOnce()
    {
        var run = await CliRunner.RunAsync("validate", "samples/articles/myoclonus.json", "samples/articles", "--format", "json");

        Paths(run.Out).Should().OnlyHaveUniqueItems().And.HaveCount(4);
    }

    [Fact]
    public async Task Validate_StdinJson_ValidatesStandardInput()
    {
        var run = await CliRunner.RunAsync(RepositoryPaths.Root, Encoding.UTF8.GetBytes(TestArticles.Seed()), "validate", "-");

        run.ExitCode.Should().Be(ExitCodes.ContentInvalid, run.ToString());
        run.Error.Should().MatchRegex(@"(?m)^<stdin>:\d+:\d+: error CC4001: ");
    }

    [Fact]
    public async Task Validate_StdinValidJson_ExitsOk()
    {
        var run = await CliRunner.RunAsync(RepositoryPaths.Root, Encoding.UTF8.GetBytes(TestArticles.Valid()), "validate", "-");

        run.ExitCode.Should().Be(ExitCodes.Ok, run.ToString());
    }

    [Fact]
    public async Task Validate_StdinNdjson_IsDetectedAndReportedByLine()
    {
        var valid = TestArticles.Compact(TestArticles.Valid());
        var stdin = Encoding.UTF8.GetBytes($"{valid}\n{{\"schemaVersion\": \n{valid}\n");

        var run = await CliRunner.RunAsync(RepositoryPaths.Root, stdin, "validate", "-");

        run.ExitCode.Should().Be(ExitCodes.ContentInvalid, run.ToString());
        run.Error.Should().MatchRegex(@"(?m)^<stdin>:2:\d+: error CC1\d{3}: ");
        run.Error.Should().Contain("1 file, 3 articles");
    }

    [Fact]
    public async Task Validate_NdjsonWithBadLineInTheMiddle_ReportsItsLineNumber()
    {
        using var temp = new TempDirectory();
        var valid = TestArticles.Compact(TestArticles.Valid());
        var seed = TestArticles.Compact(TestArticles.Seed());
        temp.Write("feed.ndjson", $"{valid}\n\n{valid}\r\n{{\"schemaVersion\": \"1.0\", oops}}\n{seed}\n{valid}");

        var run = await CliRunner.RunInAsync(temp.Path, "validate", "feed.ndjson", "--format", "json");

        run.ExitCode.Should().Be(ExitCodes.ContentInvalid, run.ToString());
        var lines = IssueLines(run.Out);
        lines.Should().Contain(4, "line 4 is malformed").And.Contain(5, "line 5 holds the seed article");
        lines.Should().OnlyContain(static line => line == 4 || line == 5);
        lines.Should().BeInAscendingOrder();
        run.Error.Should().Contain("1 file, 5 articles");
    }

    [Fact]
    public async Task Validate_NdjsonSeedLine_KeepsTheColumnsOfTheLine()
    {
        using var temp = new TempDirectory();
        var seed = TestArticles.Compact(TestArticles.Seed());
        temp.Write("feed.ndjson", $"{TestArticles.Compact(TestArticles.Valid())}\n{seed}\n");

        var run = await CliRunner.RunInAsync(temp.Path, "validate", "feed.ndjson");

        run.Error.Should().MatchRegex(@"(?m)^feed\.ndjson:2:\d{2,}: error CC4001: ");
    }

    [Fact]
    public async Task Validate_NdjsonLineTooLarge_IsReportedWithoutStoppingTheStream()
    {
        using var temp = new TempDirectory();
        var valid = TestArticles.Compact(TestArticles.Valid());
        var huge = "{\"title\": \"" + new string('x', 17 * 1024 * 1024) + "\"}";
        temp.Write("feed.ndjson", $"{huge}\n{valid}\n");

        var run = await CliRunner.RunInAsync(temp.Path, "validate", "feed.ndjson");

        run.ExitCode.Should().Be(ExitCodes.ContentInvalid, run.ToString());
        run.Error.Should().MatchRegex($@"(?m)^feed\.ndjson:1:\d+: error {IssueCodes.DocumentTooLarge}: ");
        run.Error.Should().Contain("1 file, 2 articles");
    }

    private static List<string> Paths(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("files").EnumerateArray().Select(static f => f.GetProperty("path").GetString()!)];
    }

    private static List<int> IssueLines(string json)
    {
        using var document = System.Text.Json.JsonDocument.Parse(json);
        return [.. document.RootElement.GetProperty("files").EnumerateArray()
            .SelectMany(static f => f.GetProperty("issues").EnumerateArray())
            .Select(static i => i.GetProperty("line").GetInt32())];
    }
}
