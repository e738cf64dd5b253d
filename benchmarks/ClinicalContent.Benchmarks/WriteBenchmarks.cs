using System.Buffers;
using BenchmarkDotNet.Attributes;
using ClinicalContent.Model;
using ClinicalContent.Serialization;

namespace ClinicalContent.Benchmarks;

/// <summary>Writing one article (samples/articles/myoclonus.json) into a reused buffer.</summary>
[MemoryDiagnoser]
public class WriteBenchmarks
{
    private static readonly ClinicalArticleJsonOptions s_compact = ClinicalArticleJsonOptions.Default with { WriteIndented = false };

    private readonly ArrayBufferWriter<byte> _buffer = new(64 * 1024);
    private ClinicalArticle _article = null!;
    private byte[] _written = [];

    [GlobalSetup]
    public void Setup()
    {
        _article = Samples.Read(Samples.ReadBytes("myoclonus.json"), "myoclonus.json");
        _written = ClinicalArticleJson.WriteToUtf8Bytes(_article);
    }

    /// <summary>Tokenizing the indented bytes that <see cref="WriteIndented"/> produces.</summary>
    [Benchmark(Baseline = true)]
    public int Utf8JsonReaderScan() => JsonScan.Checksum(_written);

    [Benchmark]
    public int WriteIndented()
    {
        _buffer.ResetWrittenCount();
        ClinicalArticleJson.Write(_article, _buffer);
        return _buffer.WrittenCount;
    }

    [Benchmark]
    public int WriteCompact()
    {
        _buffer.ResetWrittenCount();
        ClinicalArticleJson.Write(_article, _buffer, s_compact);
        return _buffer.WrittenCount;
    }
}
