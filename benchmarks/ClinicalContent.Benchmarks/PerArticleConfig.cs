using BenchmarkDotNet.Configs;

namespace ClinicalContent.Benchmarks;

/// <summary>Adds the <c>Alloc/article</c> column to classes with an <c>ArticleCount</c> parameter.</summary>
internal sealed class PerArticleConfig : ManualConfig
{
    public PerArticleConfig() => AddColumn(new AllocatedPerArticleColumn());
}
