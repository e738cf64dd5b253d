using System.Text;
using ClinicalContent.Cli.Tests.Infrastructure;
using ClinicalContent.Validation;

namespace ClinicalContent.Cli.Tests.Commands;

public sealed class ImportCommandTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public static TheoryData<string> MarkdownSamples => [.. Directory.GetFiles(RepositoryPaths.SampleArticles, "*.md").Select(path => Path.GetFileName(path))];

    public static TheoryData<string> PageTextSamples => [.. Directory.GetFiles(RepositoryPaths.PageTextSamples, "*.txt").Select(path => Path.GetFileName(path))];

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Import_of_the_seed_page_writes_the_myoclonus_sample_and_reports_its_dangling_citations()
    {
        var output = Path.Combine(_directory.Path, "myoclonus.json");

        var run = await CliRunner.RunAsync("import", RepositoryPaths.Seed, "--id", "myoclonus-treatment", "-o", output);

        run.ExitCode.Should().Be(ExitCodes.ContentInvalid, run.Error);
        File.ReadAllBytes(output).Should().Equal(File.ReadAllBytes(RepositoryPaths.SampleArticle("myoclonus.json")));
        var errors = ErrorLines(run.Error);
        errors.Should().HaveCount(13).And.OnlyContain(line => line.StartsWith(output + ":", StringComparison.Ordinal));
        errors.Count(line => line.Contains($"error {IssueCodes.CitationUnresolved}:", StringComparison.Ordinal)).Should().Be(10);
        errors.Count(line => line.Contains($"error {IssueCodes.PrecautionUnsupported}:", StringComparison.Ordinal)).Should().Be(3);
        errors.Should().Contain(line => line.StartsWith(output + ":301:32: error CC4001:", StringComparison.Ordinal), "positions are those of the JSON written");
    }

    [Fact]
    public async Task Import_with_no_validate_exits_zero_for_the_seed_page()
    {
        var run = await CliRunner.RunAsync("import", RepositoryPaths.Seed, "--id", "myoclonus-treatment", "--no-validate");

        run.ExitCode.Should().Be(ExitCodes.Ok, run.Error);
        run.Out.Should().Be(File.ReadAllText(RepositoryPaths.SampleArticle("myoclonus.json")));
        ErrorLines(run.Error).Should().BeEmpty();
    }

    [Theory]
    [MemberData(nameof(MarkdownSamples))]
    public async Task Import_of_each_markdown_sample_prints_its_json_sample_exactly(string markdown)
    {
        var run = await CliRunner.RunAsync("import", RepositoryPaths.SampleArticle(markdown));

        run.ExitCode.Should().Be(markdown.StartsWith("myoclonus", StringComparison.Ordinal) ? ExitCodes.ContentInvalid : ExitCodes.Ok, run.Error);
        run.Out.Should().Be(File.ReadAllText(RepositoryPaths.SampleArticle(Path.ChangeExtension(markdown, ".json"))));
    }

    [Theory]
    [MemberData(nameof(PageTextSamples))]
    public async Task Import_of_each_page_text_sample_places_every_line(string page)
    {
        var run = await CliRunner.RunAsync("import", Path.Combine(RepositoryPaths.PageTextSamples, page), "--no-validate");

        run.ExitCode.Should().Be(ExitCodes.Ok, run.Error);
        run.Error.Should().NotContain(IssueCodes.PlainTextLineNotPlaced).And.NotContain(" error ");
        run.Out.Should().StartWith("{");
    }

    [Fact]
    public async Task Import_reads_standard_input_when_its_format_is_named()
    {
        var page = File.ReadAllBytes(RepositoryPaths.Seed);

        var run = await CliRunner.RunAsync(RepositoryPaths.Root, page, "import", "-", "--from", "txt", "--id", "myoclonus-treatment", "--no-validate");

        run.ExitCode.Should().Be(ExitCodes.Ok, run.Error);
        run.Out.Should().Be(File.ReadAllText(RepositoryPaths.SampleArticle("myoclonus.json")));
    }

    [Fact]
    public async Task Import_from_standard_input_without_a_format_is_a_usage_error()
    {
        var run = await CliRunner.RunAsync(RepositoryPaths.Root, "# x"u8.ToArray(), "import", "-");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Error.Should().Contain("--from");
        run.Out.Should().BeEmpty();
    }

    [Fact]
    public async Task Import_of_an_unknown_extension_is_a_usage_error()
    {
        var input = _directory.Write("article.docx", "Treatment");

        var run = await CliRunner.RunAsync("import", input);

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Error.Should().Contain("cannot be told from its extension").And.Contain("md, txt");
    }

    [Fact]
    public async Task Import_of_a_missing_file_exits_with_input_unreadable()
    {
        var run = await CliRunner.RunAsync("import", Path.Combine(_directory.Path, "missing.md"));

        run.ExitCode.Should().Be(ExitCodes.InputUnreadable);
        run.Error.Should().Contain($"error {IssueCodes.InputUnreadable}:");
    }

    [Fact]
    public async Task Import_with_errors_writes_nothing_and_keeps_an_existing_output()
    {
        var input = _directory.Write("broken.md", "# A title without front matter\n\nSome text.\n");
        var output = _directory.Write("out.json", "previous");

        var run = await CliRunner.RunAsync("import", input, "-o", output);

        run.ExitCode.Should().Be(ExitCodes.ContentInvalid);
        run.Error.Should().Contain($"{input}:").And.Contain($"error {IssueCodes.MarkdownFrontMatterMissing}:");
        File.ReadAllText(output).Should().Be("previous");
        Directory.GetFiles(_directory.Path).Should().HaveCount(2, "no temporary file is left behind");
    }

    [Fact]
    public async Task Import_with_strict_treats_warnings_as_errors_and_writes_nothing()
    {
        var markdown = File.ReadAllText(RepositoryPaths.SampleArticle("acute-migraine.md"));
        var input = _directory.Write("migraine.md", markdown + "\nA stray paragraph after the references.\n");
        var output = Path.Combine(_directory.Path, "out.json");

        var lenient = await CliRunner.RunAsync("import", input, "-o", output, "--no-validate");
        File.Delete(output);
        var strict = await CliRunner.RunAsync("import", input, "-o", output, "--strict");

        lenient.ExitCode.Should().Be(ExitCodes.Ok);
        lenient.Error.Should().Contain("warning CC5006");
        strict.ExitCode.Should().Be(ExitCodes.ContentInvalid);
        strict.Error.Should().Contain("error CC5006");
        File.Exists(output).Should().BeFalse();
    }

    [Fact]
    public async Task Import_into_a_missing_directory_reports_the_output_and_creates_nothing()
    {
        var output = Path.Combine(_directory.Path, "missing", "out.json");

        var run = await CliRunner.RunAsync("import", RepositoryPaths.SampleArticle("acute-migraine.md"), "-o", output);

        run.ExitCode.Should().Be(ExitCodes.InputUnreadable);
        run.Error.Should().Contain($"error {IssueCodes.OutputUnwritable}:").And.Contain("does not exist");
        Directory.Exists(Path.GetDirectoryName(output)).Should().BeFalse();
    }

    [Theory]
    [InlineData("Myoclonus")]
    [InlineData("two--hyphens")]
    [InlineData("-leading")]
    public async Task Import_rejects_an_id_that_is_not_a_slug(string id)
    {
        var run = await CliRunner.RunAsync("import", RepositoryPaths.Seed, "--id", id);

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Error.Should().Contain("is not a slug");
        run.Out.Should().NotContain("{");
    }

    [Fact]
    public async Task Import_rejects_text_that_is_not_utf8()
    {
        var input = Path.Combine(_directory.Path, "latin1.txt");
        File.WriteAllBytes(input, [.. Encoding.ASCII.GetBytes("Caf"), 0xE9, (byte)'\n']);

        var run = await CliRunner.RunAsync("import", input);

        run.ExitCode.Should().Be(ExitCodes.ContentInvalid);
        run.Error.Should().Contain("not valid UTF-8");
    }

    private static List<string> ErrorLines(string stderr)
        => [.. stderr.Split('\n', StringSplitOptions.RemoveEmptyEntries).Where(line => line.Contains(" error ", StringComparison.Ordinal))];
}
