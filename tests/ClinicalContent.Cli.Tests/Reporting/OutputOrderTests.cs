using ClinicalContent.Cli.Tests.Infrastructure;

namespace ClinicalContent.Cli.Tests.Reporting;

public sealed class OutputOrderTests
{
    [Fact]
    public async Task Validate_SameInputTwice_GivesTheSameOutput()
    {
        var first = await CliRunner.RunAsync("validate", "samples/articles");
        var second = await CliRunner.RunAsync("validate", "samples/articles");

        second.Should().Be(first);
    }

    [Fact]
    public async Task Validate_ArgumentOrder_DoesNotChangeTheOutput()
    {
        var forward = await CliRunner.RunAsync("validate", "samples/articles/acute-migraine.json", "samples/articles/myoclonus.json", "--format", "json");
        var backward = await CliRunner.RunAsync("validate", "samples/articles/myoclonus.json", "samples/articles/acute-migraine.json", "--format", "json");

        backward.Should().Be(forward);
    }

    [Fact]
    public async Task Validate_ManyFilesInParallel_GivesTheSameOutputAsSequential()
    {
        using var temp = new TempDirectory();
        var valid = TestArticles.Valid();
        var seed = TestArticles.Seed();
        var warning = TestArticles.WithWarning();
        var ndjson = string.Join('\n', Enumerable.Range(0, 300).Select(i => TestArticles.Compact(i % 7 == 3 ? seed : valid)));
        for (var i = 0; i < 60; i++)
        {
            temp.Write($"batch{i % 4}/article-{i:D3}.json", (i % 3) switch { 0 => valid, 1 => seed, _ => warning });
        }

        temp.Write("batch0/feed.ndjson", ndjson);

        var sequentialText = await CliRunner.RunInAsync(temp.Path, "validate", ".", "--jobs", "1");
        var parallelText = await CliRunner.RunInAsync(temp.Path, "validate", ".", "--jobs", "8");
        var sequentialJson = await CliRunner.RunInAsync(temp.Path, "validate", ".", "--jobs", "1", "--format", "json");
        var parallelJson = await CliRunner.RunInAsync(temp.Path, "validate", ".", "--jobs", "8", "--format", "json");

        parallelText.ExitCode.Should().Be(ExitCodes.ContentInvalid);
        parallelText.Should().Be(sequentialText);
        parallelJson.Should().Be(sequentialJson);
        parallelText.Error.Should().Contain("61 files, 360 articles");
    }
}
