using System.Text.Json.Nodes;
using ClinicalContent.Cli.Tests.Infrastructure;
using ClinicalContent.Serialization;
using ClinicalContent.Validation;

namespace ClinicalContent.Cli.Tests.Commands;

public sealed class ConvertCommandTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    private static string[] JsonSamples => [.. Directory.GetFiles(RepositoryPaths.SampleArticles, "*.json").Order(StringComparer.Ordinal)];

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task Convert_of_every_sample_to_ndjson_and_back_to_a_directory_gives_the_samples_byte_for_byte()
    {
        var ndjson = Path.Combine(_directory.Path, "all.ndjson");
        var back = Path.Combine(_directory.Path, "back") + "/";

        var toNdjson = await CliRunner.RunAsync(["convert", .. JsonSamples, "-o", ndjson]);
        var toFiles = await CliRunner.RunAsync("convert", ndjson, "-o", back, "--to", "json");

        toNdjson.ExitCode.Should().Be(ExitCodes.Ok, toNdjson.Error);
        File.ReadAllLines(ndjson).Should().HaveCount(JsonSamples.Length).And.OnlyContain(line => line.StartsWith('{') && !line.Contains('\n'));
        toFiles.ExitCode.Should().Be(ExitCodes.Ok, toFiles.Error);
        foreach (var sample in JsonSamples)
        {
            var article = ClinicalArticleJson.ReadOrThrow(File.ReadAllText(sample));
            File.ReadAllText(Path.Combine(back, article.Id.Value + ".json")).Should().Be(File.ReadAllText(sample));
        }
    }

    [Fact]
    public async Task Convert_of_ndjson_to_a_markdown_directory_writes_the_markdown_samples()
    {
        var ndjson = Path.Combine(_directory.Path, "all.ndjson");
        await CliRunner.RunAsync(["convert", .. JsonSamples, "-o", ndjson]);
        var markdown = Path.Combine(_directory.Path, "md");
        Directory.CreateDirectory(markdown);

        var run = await CliRunner.RunAsync("convert", ndjson, "-o", markdown, "--to", "md");

        run.ExitCode.Should().Be(ExitCodes.Ok, run.Error);
        foreach (var sample in JsonSamples)
        {
            var article = ClinicalArticleJson.ReadOrThrow(File.ReadAllText(sample));
            File.ReadAllText(Path.Combine(markdown, article.Id.Value + ".md")).Should().Be(File.ReadAllText(Path.ChangeExtension(sample, ".md")));
        }
    }

    [Fact]
    public async Task Convert_carries_members_of_a_newer_schema_through_ndjson_and_markdown_unchanged()
    {
        var json = JsonNode.Parse(File.ReadAllText(RepositoryPaths.SampleArticle("acute-migraine.json")))!.AsObject();
        json["translationOf"] = new JsonObject { ["id"] = "migraine-fr", ["language"] = "fr" };
        json["references"]![0]!.AsObject()["retracted"] = false;
        json["followUp"]!["points"]![0]!.AsObject()["priority"] = 2;
        var newer = ClinicalArticleJson.Write(ClinicalArticleJson.ReadOrThrow(json.ToJsonString(), ClinicalArticleJsonOptions.Tolerant));
        var input = _directory.Write("newer.json", newer);
        var ndjson = Path.Combine(_directory.Path, "newer.ndjson");
        var markdown = Path.Combine(_directory.Path, "newer.md");
        var back = Path.Combine(_directory.Path, "back.json");

        var runs = new[]
        {
            await CliRunner.RunAsync("convert", input, "-o", ndjson),
            await CliRunner.RunAsync("convert", ndjson, "-o", markdown),
            await CliRunner.RunAsync("convert", markdown, "-o", back),
        };

        runs.Should().OnlyContain(run => run.ExitCode == ExitCodes.Ok);
        File.ReadAllText(back).Should().Be(newer);
        JsonNode.Parse(File.ReadAllText(back))!["translationOf"]!["language"]!.GetValue<string>().Should().Be("fr");
    }

    [Fact]
    public async Task Convert_with_one_bad_ndjson_line_reports_it_and_writes_nothing()
    {
        var lines = JsonSamples.Select(path => ClinicalArticleJson.Write(ClinicalArticleJson.ReadOrThrow(File.ReadAllText(path)), ClinicalArticleJsonOptions.Default with { WriteIndented = false }));
        var input = _directory.Write("mixed.ndjson", string.Join('\n', lines) + "\n{\"id\": 7}\n");
        var output = _directory.Write("out.ndjson", "previous");

        var run = await CliRunner.RunAsync("convert", input, "-o", output);

        run.ExitCode.Should().Be(ExitCodes.ContentInvalid);
        run.Error.Should().Contain($"{input}:{JsonSamples.Length + 1}:").And.Contain("nothing was written");
        File.ReadAllText(output).Should().Be("previous");
        Directory.GetFiles(_directory.Path).Should().HaveCount(2, "no temporary file is left behind");
    }

    [Fact]
    public async Task Convert_of_several_articles_into_one_json_file_is_a_usage_error()
    {
        var output = Path.Combine(_directory.Path, "one.json");

        var run = await CliRunner.RunAsync(["convert", .. JsonSamples, "-o", output]);

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Error.Should().Contain($"hold {JsonSamples.Length} articles").And.Contain(".ndjson file or a directory");
        File.Exists(output).Should().BeFalse();
    }

    [Fact]
    public async Task Convert_to_a_directory_without_a_format_is_a_usage_error()
    {
        var run = await CliRunner.RunAsync("convert", JsonSamples[0], "-o", _directory.Path);

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Error.Should().Contain("--to json|md");
    }

    [Fact]
    public async Task Convert_to_html_points_to_render()
    {
        var run = await CliRunner.RunAsync("convert", JsonSamples[0], "-o", Path.Combine(_directory.Path, "page.html"));

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Error.Should().Contain("render --to html");
    }

    [Fact]
    public async Task Convert_to_a_directory_reports_a_repeated_id_and_writes_the_first_article_only()
    {
        var sample = RepositoryPaths.SampleArticle("acute-migraine.json");
        var output = Path.Combine(_directory.Path, "out") + "/";

        var run = await CliRunner.RunAsync("convert", sample, sample, "-o", output, "--to", "json");

        run.ExitCode.Should().Be(ExitCodes.ContentInvalid);
        run.Error.Should().Contain($"error {IssueCodes.OutputUnwritable}:").And.Contain("same id");
        Directory.GetFiles(output).Should().ContainSingle().Which.Should().EndWith("acute-migraine-treatment.json");
    }

    [Fact]
    public async Task Convert_reads_ndjson_from_standard_input()
    {
        var line = ClinicalArticleJson.Write(ClinicalArticleJson.ReadOrThrow(File.ReadAllText(JsonSamples[0])), ClinicalArticleJsonOptions.Default with { WriteIndented = false });
        var output = Path.Combine(_directory.Path, "one.json");

        var run = await CliRunner.RunAsync(RepositoryPaths.Root, System.Text.Encoding.UTF8.GetBytes(line + "\n"), "convert", "-", "--from", "ndjson", "-o", output);

        run.ExitCode.Should().Be(ExitCodes.Ok, run.Error);
        File.ReadAllText(output).Should().Be(File.ReadAllText(JsonSamples[0]));
    }
}
