using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ClinicalContent.Schema;
using ClinicalContent.Validation;

namespace ClinicalContent.Benchmarks;

/// <summary>Validating every line of the NDJSON corpus (the one <see cref="NdjsonBenchmarks"/> reads): the schema
/// engine alone, the whole validator, and the whole validator on all cores.</summary>
/// <remarks>The lines are found once in setup, so every method does the same per-line work around its own.
/// A quarter of the lines are myoclonus articles with the seed's 13 errors each; the rest are valid.</remarks>
[MemoryDiagnoser]
[Config(typeof(PerArticleConfig))]
public class ValidateCorpusBenchmarks
{
    private byte[] _corpus = [];
    private Range[] _lines = [];

    [Params(10_000)]
    public int ArticleCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _corpus = Corpus.Ndjson(Corpus.Articles(ArticleCount));
        _lines = Corpus.Lines(_corpus);
        if (_lines.Length != ArticleCount)
        {
            throw new InvalidOperationException($"The corpus has {_lines.Length} lines, not {ArticleCount}.");
        }
    }

    /// <summary>Tokenizing each line with its own reader.</summary>
    [Benchmark(Baseline = true)]
    public int Utf8JsonReaderScanPerLine()
    {
        var corpus = _corpus.AsSpan();
        var checksum = 0;
        foreach (var line in _lines)
        {
            checksum += JsonScan.Checksum(corpus[line]);
        }

        return checksum;
    }

    /// <summary>The schema engine alone on each line: <see cref="JsonDocument"/> and <see cref="JsonSchema.Evaluate"/>.</summary>
    [Benchmark]
    public int SchemaEvaluatePerLine()
    {
        var errors = 0;
        foreach (var line in _lines)
        {
            using var document = JsonDocument.Parse(_corpus.AsMemory(line));
            errors += ArticleSchema.Compiled.Evaluate(document.RootElement).Errors.Count;
        }

        return errors;
    }

    /// <summary>The whole validator on each line, one after another.</summary>
    [Benchmark]
    public int ValidatorPerLine()
    {
        var corpus = _corpus.AsSpan();
        var issues = 0;
        foreach (var line in _lines)
        {
            issues += ArticleValidator.Default.Validate(corpus[line]).Issues.Count;
        }

        return issues;
    }

    /// <summary>The whole validator on each line, the lines spread over all cores with <see cref="Parallel.For(int, int, Action{int})"/>.</summary>
    [Benchmark]
    public int ValidatorPerLineParallel()
    {
        var issues = 0;
        Parallel.For(
            0,
            _lines.Length,
            () => 0,
            (i, _, count) => count + ArticleValidator.Default.Validate(_corpus.AsSpan(_lines[i])).Issues.Count,
            count => Interlocked.Add(ref issues, count));
        return issues;
    }
}
