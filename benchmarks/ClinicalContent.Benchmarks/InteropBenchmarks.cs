using System.Buffers;
using BenchmarkDotNet.Attributes;
using ClinicalContent.Fhir;
using ClinicalContent.Interop.Csl;
using ClinicalContent.Interop.JsonLd;
using ClinicalContent.Model;
using ClinicalContent.Serialization;

namespace ClinicalContent.Benchmarks;

/// <summary>
/// Exporting one article (samples/articles/myoclonus.json) to each interop format, against writing the article's own
/// compact JSON in the same run: the ratio says what a format costs beyond the canonical form.
/// </summary>
[MemoryDiagnoser]
public class InteropBenchmarks
{
    private static readonly ClinicalArticleJsonOptions s_compact = ClinicalArticleJsonOptions.Default with { WriteIndented = false };
    private static readonly CslJsonOptions s_cslCompact = CslJsonOptions.Default with { WriteIndented = false };

    private readonly ArrayBufferWriter<byte> _buffer = new(256 * 1024);
    private ClinicalArticle _article = null!;
    private string _cslJson = string.Empty;
    private string _fhirJson = string.Empty;

    [GlobalSetup]
    public void Setup()
    {
        _article = Samples.Read(Samples.ReadBytes("myoclonus.json"), "myoclonus.json");
        _cslJson = CslJson.Export(_article, s_cslCompact);
        _fhirJson = FhirArticleConverter.ToJson(_article);
    }

    /// <summary>The article's own compact JSON, the baseline.</summary>
    [Benchmark(Baseline = true)]
    public int WriteArticleJson()
    {
        _buffer.ResetWrittenCount();
        ClinicalArticleJson.Write(_article, _buffer, s_compact);
        return _buffer.WrittenCount;
    }

    [Benchmark]
    public int ExportJsonLd() => JsonLdExporter.ExportUtf8(_article).Length;

    [Benchmark]
    public int ExportCsl()
    {
        _buffer.ResetWrittenCount();
        CslJson.Export(_article, _buffer, s_cslCompact);
        return _buffer.WrittenCount;
    }

    [Benchmark]
    public int ImportCsl() => CslJson.Import(_cslJson).References.Count;

    [Benchmark]
    public int ExportFhirJson() => FhirArticleConverter.ToJson(_article).Length;

    [Benchmark]
    public int ImportFhirJson() => FhirArticleConverter.FromJson(_fhirJson).Issues.Count;
}
