using ClinicalContent.Serialization;
using ClinicalContent.Tests.Generators;

namespace ClinicalContent.Tests.Serialization;

/// <summary>Runs alone, after the parallel tests, so that no other test's allocations blur the measurement.</summary>
[CollectionDefinition(nameof(ClinicalArticleNdjsonMemoryTests), DisableParallelization = true)]
public sealed class ClinicalArticleNdjsonMemoryTestGroup;

[Collection(nameof(ClinicalArticleNdjsonMemoryTests))]
public sealed class ClinicalArticleNdjsonMemoryTests
{
    [Fact]
    public async Task ReadAsync_TwentyThousandGeneratedArticles_KeepsMemoryFlat()
    {
        const int Count = 20_000;
        var templates = Enumerable.Range(0, 64)
            .Select(static seed => new ArticleFactory(seed, size: 0).Article())
            .Where(static a => ClinicalArticleJson.WriteToUtf8Bytes(a, ClinicalArticleJsonOptions.Default with { WriteIndented = false }).Length < 2 * 1024)
            .ToArray();
        templates.Should().NotBeEmpty();
        await using (var warmUp = new GeneratingNdjsonStream(templates, 100))
        {
            await foreach (var record in ClinicalArticleNdjson.ReadAsync(warmUp, ClinicalArticleJsonOptions.Tolerant))
            {
                record.Result.IsValid.Should().BeTrue();
            }
        }

        var before = GC.GetTotalMemory(forceFullCollection: true);
        var read = 0;
        await using (var stream = new GeneratingNdjsonStream(templates, Count))
        {
            await foreach (var record in ClinicalArticleNdjson.ReadAsync(stream, ClinicalArticleJsonOptions.Tolerant))
            {
                read++;
                if (!record.Result.IsValid || record.Result.Value!.Id.Value != GeneratingNdjsonStream.IdOf(read - 1) || record.LineNumber != read)
                {
                    throw new InvalidOperationException($"Line {record.LineNumber} did not read back as generated.");
                }
            }
        }

        var after = GC.GetTotalMemory(forceFullCollection: true);

        read.Should().Be(Count);
        (after - before).Should().BeLessThan(16 * 1024 * 1024);
    }
}
