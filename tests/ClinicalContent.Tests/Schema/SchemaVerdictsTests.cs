using System.Buffers;
using System.Text;
using System.Text.Json;
using ClinicalContent.Schema;

namespace ClinicalContent.Tests.Schema;

/// <summary>
/// Our engine's verdict on the published schema for every sample and every samples/invalid fixture, committed as
/// schemas/conformance/verdicts.json so that another validator can be held to it: schemas/conformance/check-with-ajv.mjs
/// gives Ajv (draft 2020-12) the same files and fails on any disagreement (issue 3: any conforming validator gives
/// the same verdict as ours). On a mismatch the computed verdicts are written beside the committed file as
/// <c>verdicts.received.json</c>; run with <c>CLINICALCONTENT_ACCEPT=1</c> to overwrite it after reviewing the difference.
/// </summary>
public sealed class SchemaVerdictsTests
{
    private static readonly byte[] s_byteOrderMark = [0xEF, 0xBB, 0xBF];

    private static string CommittedVerdicts => Path.Combine(SchemaTestPaths.RepositoryRoot, "schemas", "conformance", "verdicts.json");

    private static string ReceivedVerdicts => Path.Combine(SchemaTestPaths.RepositoryRoot, "schemas", "conformance", "verdicts.received.json");

    [Fact]
    public void Evaluate_EverySampleAndFixture_MatchesCommittedVerdicts()
    {
        var computed = Write(ComputeVerdicts());

        if (SchemaTestPaths.Accept)
        {
            File.WriteAllText(CommittedVerdicts, computed, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        var committed = File.Exists(CommittedVerdicts) ? File.ReadAllText(CommittedVerdicts) : string.Empty;
        if (string.Equals(committed, computed, StringComparison.Ordinal))
        {
            File.Delete(ReceivedVerdicts);
        }
        else
        {
            File.WriteAllText(ReceivedVerdicts, computed, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }

        committed.Should().Be(
            computed,
            "schemas/conformance/verdicts.json must hold our engine's verdicts: compare it with verdicts.received.json and rerun with CLINICALCONTENT_ACCEPT=1 to accept");
    }

    [Fact]
    public void ComputeVerdicts_SampleArticles_AreAllValid()
    {
        var verdicts = ComputeVerdicts();

        verdicts.Where(static v => v.Key.StartsWith("samples/articles/", StringComparison.Ordinal))
            .Should().NotBeEmpty()
            .And.OnlyContain(static v => v.Value == "valid");
    }

    /// <summary>
    /// The schema verdict for every file our engine can evaluate, keyed by path from the repository root. Files that
    /// are not JSON at all (a syntax error, no value) have none. A leading byte order mark is skipped, as the reader
    /// does; duplicate members are kept as <see cref="JsonDocument"/> keeps them; depth is not limited by the
    /// reader's maximum, since the schema sets none.
    /// </summary>
    private static SortedDictionary<string, string> ComputeVerdicts()
    {
        var verdicts = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var path in Inputs())
        {
            var bytes = File.ReadAllBytes(path).AsMemory();
            if (bytes.Span.StartsWith(s_byteOrderMark))
            {
                bytes = bytes[s_byteOrderMark.Length..];
            }

            JsonDocument document;
            try
            {
                document = JsonDocument.Parse(bytes, new JsonDocumentOptions { MaxDepth = 256 });
            }
            catch (JsonException)
            {
                continue;
            }

            using (document)
            {
                var relative = Path.GetRelativePath(SchemaTestPaths.RepositoryRoot, path).Replace('\\', '/');
                verdicts[relative] = ArticleSchema.Compiled.Evaluate(document.RootElement).IsValid ? "valid" : "invalid";
            }
        }

        return verdicts;
    }

    private static IEnumerable<string> Inputs()
    {
        var samples = Directory.EnumerateFiles(SchemaTestPaths.SampleArticles, "*.json");
        var fixtures = Directory.EnumerateFiles(Path.Combine(SchemaTestPaths.RepositoryRoot, "samples", "invalid"), "*.json")
            .Where(static f => !f.EndsWith(".expected.json", StringComparison.Ordinal));
        return samples.Concat(fixtures);
    }

    private static string Write(SortedDictionary<string, string> verdicts)
    {
        var buffer = new ArrayBufferWriter<byte>();
        using (var json = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true, NewLine = "\n" }))
        {
            json.WriteStartObject();
            foreach (var (file, verdict) in verdicts)
            {
                json.WriteString(file, verdict);
            }

            json.WriteEndObject();
        }

        return Encoding.UTF8.GetString(buffer.WrittenSpan) + "\n";
    }
}
