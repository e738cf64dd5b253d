using ClinicalContent.Model;
using ClinicalContent.Serialization;

namespace ArticleService.Tests.Infrastructure;

/// <summary>Articles for the tests, taken from samples/articles and written with the library.</summary>
internal static class TestArticles
{
    public static byte[] SampleBytes(string fileName) => File.ReadAllBytes(Path.Combine(RepositoryPaths.SampleArticles, fileName));

    public static ClinicalArticle Sample(string fileName)
    {
        var result = ClinicalArticleJson.Read(SampleBytes(fileName));
        return result.Value ?? throw new InvalidOperationException($"{fileName} does not read as an article.");
    }

    /// <summary>The canonical JSON of an article, as the service stores it.</summary>
    public static byte[] Canonical(ClinicalArticle article) => ClinicalArticleJson.WriteToUtf8Bytes(article);

    /// <summary>The approved, clean acute-migraine sample under another id.</summary>
    public static ClinicalArticle Migraine(string id) => Sample("acute-migraine.json") with { Id = new ArticleId(id) };

    /// <summary>The canonical JSON of <see cref="Migraine(string)"/>.</summary>
    public static byte[] MigraineJson(string id) => Canonical(Migraine(id));
}
