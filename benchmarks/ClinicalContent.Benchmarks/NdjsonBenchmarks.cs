using BenchmarkDotNet.Attributes;
using ClinicalContent.Model;
using ClinicalContent.Serialization;

namespace ClinicalContent.Benchmarks;

/// <summary>Streaming a corpus of distinct articles, built from the samples, through NDJSON.</summary>
/// <remarks>Memory is flat when Gen2 stays at 0 and <c>Alloc/article</c> is the same for every <see cref="ArticleCount"/>.</remarks>
[MemoryDiagnoser]
[Config(typeof(PerArticleConfig))]
public class NdjsonBenchmarks
{
    private ClinicalArticle[] _articles = [];
    private byte[] _corpus = [];

    [Params(1_000, 10_000)]
    public int ArticleCount { get; set; }

    [GlobalSetup]
    public void Setup()
    {
        _articles = Corpus.Articles(ArticleCount);
        _corpus = Corpus.Ndjson(_articles);
    }

    /// <summary>Tokenizing each line of the same corpus with its own reader.</summary>
    [Benchmark(Baseline = true)]
    public int Utf8JsonReaderScanPerLine()
    {
        var rest = _corpus.AsSpan();
        var checksum = 0;
        while (!rest.IsEmpty)
        {
            var newline = rest.IndexOf((byte)'\n');
            var line = newline < 0 ? rest : rest[..newline];
            if (!line.IsEmpty)
            {
                checksum += JsonScan.Checksum(line);
            }

            rest = newline < 0 ? [] : rest[(newline + 1)..];
        }

        return checksum;
    }

    /// <summary>The strict typed read of every line, consuming each record as it arrives.</summary>
    [Benchmark]
    public async Task<int> ReadAsync()
    {
        using var stream = new MemoryStream(_corpus, writable: false);
        var valid = 0;
        await foreach (var record in ClinicalArticleNdjson.ReadAsync(stream))
        {
            valid += record.Result.IsValid ? 1 : 0;
        }

        return valid;
    }

    [Benchmark]
    public void Write() => ClinicalArticleNdjson.Write(_articles, Stream.Null);
}
