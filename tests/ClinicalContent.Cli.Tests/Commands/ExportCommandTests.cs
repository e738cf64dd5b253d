using System.Text.Json.Nodes;
using ClinicalContent.Cli.Tests.Infrastructure;
using ClinicalContent.Fhir;
using ClinicalContent.Interop.Csl;
using ClinicalContent.Interop.JsonLd;
using ClinicalContent.Serialization;
using ClinicalContent.Validation;

namespace ClinicalContent.Cli.Tests.Commands;

public sealed class ExportCommandTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public static TheoryData<string, string> SamplesAndFormats
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var sample in Directory.GetFiles(RepositoryPaths.SampleArticles, "*.json").Order(StringComparer.Ordinal))
            {
                foreach (var format in new[] { "jsonld", "csl", "fhir" })
                {
                    data.Add(Path.GetFileName(sample), format);
                }
            }

            return data;
        }
    }

    public void Dispose() => _directory.Dispose();

    [Theory]
    [MemberData(nameof(SamplesAndFormats))]
    public async Task Export_writes_the_library_export_of_every_sample_in_every_format(string sample, string format)
    {
        var article = ClinicalArticleJson.ReadOrThrow(File.ReadAllText(RepositoryPaths.SampleArticle(sample)));
        var output = Path.Combine(_directory.Path, $"{sample}.{format}.json");

        var run = await CliRunner.RunAsync("export", RepositoryPaths.SampleArticle(sample), "--to", format, "-o", output);

        run.ExitCode.Should().Be(ExitCodes.Ok, run.Error);
        var expected = format switch
        {
            "jsonld" => JsonLdExporter.Export(article, JsonLdOptions.Default with { Indented = true }),
            "csl" => CslJson.Export(article),
            _ => FhirArticleConverter.ToJson(article, FhirExportOptions.Default with { WriteIndented = true }),
        };
        File.ReadAllText(output).Should().Be(expected);
    }

    [Fact]
    public async Task Export_to_fhir_reports_each_loss_with_its_pointer_and_the_bundle_imports_back()
    {
        var run = await CliRunner.RunAsync("export", RepositoryPaths.SampleArticle("myoclonus.json"), "--to", "fhir");

        run.ExitCode.Should().Be(ExitCodes.Ok, run.Error);
        run.Error.Trim().Split('\n').Should().ContainSingle()
            .Which.Should().Contain($"warning {IssueCodes.FhirTimingOffsetNotCarried}:").And.EndWith("[/firstLineTherapy/options/0/components/0/dosages/1/timing/offset]");
        var imported = FhirArticleConverter.FromJson(run.Out);
        imported.Article.Should().NotBeNull();
        imported.Article!.Id.Value.Should().Be("myoclonus-treatment");
    }

    [Fact]
    public async Task Export_to_jsonld_uses_the_base_url_for_the_page_identifier()
    {
        var run = await CliRunner.RunAsync("export", RepositoryPaths.SampleArticle("acute-migraine.md"), "--to", "jsonld", "--base-url", "https://example.org/articles");

        run.ExitCode.Should().Be(ExitCodes.Ok, run.Error);
        JsonNode.Parse(run.Out)!["@id"]!.GetValue<string>().Should().Be("https://example.org/articles/acute-migraine-treatment");
    }

    [Theory]
    [InlineData("ftp://example.org/articles")]
    [InlineData("https://example.org/articles?x=1")]
    [InlineData("articles")]
    public async Task Export_rejects_a_base_url_that_is_not_absolute_http(string baseUrl)
    {
        var run = await CliRunner.RunAsync("export", RepositoryPaths.SampleArticle("acute-migraine.json"), "--to", "jsonld", "--base-url", baseUrl);

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Error.Should().Contain("not an absolute http or https URL");
    }

    [Fact]
    public async Task Export_without_a_format_is_a_usage_error()
    {
        var run = await CliRunner.RunAsync("export", RepositoryPaths.SampleArticle("acute-migraine.json"));

        run.ExitCode.Should().Be(ExitCodes.UsageError);
        run.Error.Should().Contain("--to");
    }

    [Fact]
    public async Task Export_of_invalid_json_writes_nothing()
    {
        var input = _directory.Write("broken.json", "{ \"id\": ");
        var output = Path.Combine(_directory.Path, "out.json");

        var run = await CliRunner.RunAsync("export", input, "--to", "csl", "-o", output);

        run.ExitCode.Should().Be(ExitCodes.ContentInvalid);
        run.Error.Should().Contain($"{input}:1:");
        File.Exists(output).Should().BeFalse();
    }
}
