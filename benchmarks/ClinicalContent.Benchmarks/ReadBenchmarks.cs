using System.Text.Json;
using BenchmarkDotNet.Attributes;
using ClinicalContent.Model;
using ClinicalContent.Serialization;

namespace ClinicalContent.Benchmarks;

/// <summary>Reading one article (samples/articles/myoclonus.json) from UTF-8 bytes.</summary>
[MemoryDiagnoser]
public class ReadBenchmarks
{
    private byte[] _utf8Json = [];

    [GlobalSetup]
    public void Setup()
    {
        _utf8Json = Samples.ReadBytes("myoclonus.json");
        Samples.Read(_utf8Json, "myoclonus.json");
    }

    /// <summary>Tokenizing only: no strings, no objects, no checks.</summary>
    [Benchmark(Baseline = true)]
    public int Utf8JsonReaderScan() => JsonScan.Checksum(_utf8Json);

    /// <summary>The strict typed read: builds the immutable model and reports every issue with pointer and position.</summary>
    [Benchmark]
    public ReadResult<ClinicalArticle> ClinicalArticleJsonRead() => ClinicalArticleJson.Read(_utf8Json);

    /// <summary>For comparison: System.Text.Json's DOM, which builds no model and checks nothing beyond syntax.</summary>
    [Benchmark]
    public JsonValueKind JsonDocumentParse()
    {
        using var document = JsonDocument.Parse(_utf8Json);
        return document.RootElement.ValueKind;
    }
}
