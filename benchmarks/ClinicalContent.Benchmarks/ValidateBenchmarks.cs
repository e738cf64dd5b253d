using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ClinicalContent.Schema;
using ClinicalContent.Validation;

namespace ClinicalContent.Benchmarks;

/// <summary>Validating one article from UTF-8 bytes: the schema engine alone and the whole validator.</summary>
/// <remarks><c>myoclonus.json</c> carries the seed's real defects (13 errors: unresolved citations and the
/// precautions resting on them), so it measures the error path; <c>restless-legs-syndrome.json</c> is valid and
/// measures the clean path.</remarks>
[MemoryDiagnoser]
public class ValidateBenchmarks
{
    private byte[] _utf8Json = [];

    [Params("myoclonus.json", "restless-legs-syndrome.json")]
    public string Sample { get; set; } = "myoclonus.json";

    [GlobalSetup]
    public void Setup()
    {
        _utf8Json = Samples.ReadBytes(Sample);

        // Fail fast if a sample stops being what the remarks say it is.
        var report = ArticleValidator.Default.Validate(_utf8Json);
        var expectValid = Sample != "myoclonus.json";
        if (report.IsValid != expectValid)
        {
            throw new InvalidOperationException($"{Sample}: expected valid = {expectValid}, got {report.Issues.Count} issues.");
        }
    }

    /// <summary>Tokenizing only: no strings, no objects, no checks.</summary>
    [Benchmark(Baseline = true)]
    public int Utf8JsonReaderScan() => JsonScan.Checksum(_utf8Json);

    /// <summary>The schema engine alone: parse into a <see cref="JsonDocument"/> and evaluate the published schema,
    /// collecting every error with its instance and keyword locations.</summary>
    [Benchmark]
    public int SchemaEvaluate()
    {
        using var document = JsonDocument.Parse(_utf8Json);
        return ArticleSchema.Compiled.Evaluate(document.RootElement).Errors.Count;
    }

    /// <summary>The schema engine's fast path: parse and check, stopping at the first failure.</summary>
    [Benchmark]
    public bool SchemaIsValid()
    {
        using var document = JsonDocument.Parse(_utf8Json);
        return ArticleSchema.Compiled.IsValid(document.RootElement);
    }

    /// <summary>The whole validator from bytes: syntax and shape, schema, every content rule, with line and column.</summary>
    [Benchmark]
    public int ValidatorValidate() => ArticleValidator.Default.Validate(_utf8Json).Issues.Count;
}
