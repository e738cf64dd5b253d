using System.Xml.Linq;
using ClinicalContent.Cli.Tests.Infrastructure;
using ClinicalContent.Rendering.Html;
using ClinicalContent.Serialization;
using ClinicalContent.Validation;

namespace ClinicalContent.Cli.Tests.Commands;

public sealed class RenderCommandTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public static TheoryData<string> JsonSamples => [.. Directory.GetFiles(RepositoryPaths.SampleArticles, "*.json").Select(path => Path.GetFileName(path))];

    public void Dispose() => _directory.Dispose();

    [Theory]
    [MemberData(nameof(JsonSamples))]
    public async Task Render_to_md_prints_the_markdown_sample_of_each_json_sample(string json)
    {
        var run = await CliRunner.RunAsync("render", RepositoryPaths.SampleArticle(json), "--to", "md");

        run.ExitCode.Should().Be(ExitCodes.Ok, run.Error);
        run.Out.Should().Be(File.ReadAllText(RepositoryPaths.SampleArticle(Path.ChangeExtension(json, ".md"))));
        run.Error.Should().BeEmpty("rendering does not validate content, so the seed's dangling citations are not reported");
    }

    [Theory]
    [MemberData(nameof(JsonSamples))]
    public async Task Render_to_html_writes_the_library_page_to_the_named_file(string json)
    {
        var output = Path.Combine(_directory.Path, Path.ChangeExtension(json, ".html"));

        var run = await CliRunner.RunAsync("render", RepositoryPaths.SampleArticle(json), "-o", output);

        run.ExitCode.Should().Be(ExitCodes.Ok, run.Error);
        run.Out.Should().BeEmpty();
        var article = ClinicalArticleJson.ReadOrThrow(File.ReadAllText(RepositoryPaths.SampleArticle(json)));
        File.ReadAllText(output).Should().Be(new HtmlRenderer().Render(article));
        var parse = () => XDocument.Parse(File.ReadAllText(output)["<!DOCTYPE html>".Length..]);
        parse.Should().NotThrow("the page is well-formed");
    }

    [Fact]
    public async Task Render_of_markdown_from_standard_input_gives_the_same_page_as_the_json()
    {
        var markdown = File.ReadAllBytes(RepositoryPaths.SampleArticle("restless-legs-syndrome.md"));

        var fromMarkdown = await CliRunner.RunAsync(RepositoryPaths.Root, markdown, "render", "-", "--from", "md", "--to", "html");
        var fromJson = await CliRunner.RunAsync("render", RepositoryPaths.SampleArticle("restless-legs-syndrome.json"), "--to", "html");

        fromMarkdown.ExitCode.Should().Be(ExitCodes.Ok, fromMarkdown.Error);
        fromMarkdown.Out.Should().Be(fromJson.Out).And.StartWith("<!DOCTYPE html>");
    }

    [Fact]
    public async Task Render_sets_the_page_language_when_asked()
    {
        var run = await CliRunner.RunAsync("render", RepositoryPaths.SampleArticle("acute-migraine.json"), "--to", "html", "--lang", "en-GB");

        run.ExitCode.Should().Be(ExitCodes.Ok, run.Error);
        run.Out.Should().Contain("<html lang=\"en-GB\"");
    }

    [Fact]
    public async Task Render_without_a_target_format_is_a_usage_error()
    {
        var run = await CliRunner.RunAsync("render", RepositoryPaths.SampleArticle("acute-migraine.json"));

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Error.Should().Contain("--to md|html");
    }

    [Fact]
    public async Task Render_of_invalid_json_reports_line_and_column_and_writes_nothing()
    {
        var input = _directory.Write("broken.json", "{\n  \"schemaVersion\": \"1.0\",\n  \"id\": 42\n}");
        var output = Path.Combine(_directory.Path, "broken.html");

        var run = await CliRunner.RunAsync("render", input, "-o", output);

        run.ExitCode.Should().Be(ExitCodes.ContentInvalid);
        run.Error.Should().Contain($"{input}:3:9: error ").And.Contain("[/id]");
        File.Exists(output).Should().BeFalse();
    }

    [Fact]
    public async Task Render_reports_an_unwritable_output_and_leaves_the_old_file()
    {
        var output = Path.Combine(_directory.Path, "page.html");
        Directory.CreateDirectory(output);

        var run = await CliRunner.RunAsync("render", RepositoryPaths.SampleArticle("acute-migraine.json"), "--to", "html", "-o", output);

        run.ExitCode.Should().Be(ExitCodes.InputUnreadable);
        run.Error.Should().Contain($"error {IssueCodes.OutputUnwritable}:").And.Contain("is a directory");
        Directory.Exists(output).Should().BeTrue();
    }

    [Fact]
    public async Task Render_refuses_an_input_format_it_does_not_read()
    {
        var input = _directory.Write("page.html", "<html></html>");

        var run = await CliRunner.RunAsync("render", input, "--to", "md");

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Error.Should().Contain("does not read html");
    }
}
