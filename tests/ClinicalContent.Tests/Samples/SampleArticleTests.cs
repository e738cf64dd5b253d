using System.Text;
using ClinicalContent.Serialization;

namespace ClinicalContent.Tests.Samples;

/// <summary>Every sample article is canonical: it reads strictly without issues and writes back byte for byte.</summary>
public sealed class SampleArticleTests
{
    public static TheoryData<string> SampleFiles => [.. SamplePaths.ArticleFileNames()];

    private static byte[] Bytes(string fileName) => File.ReadAllBytes(Path.Combine(SamplePaths.ArticlesFolder, fileName));

    [Fact]
    public void SampleArticles_AtLeastThreeExistIncludingTheSeedArticle()
    {
        var names = SamplePaths.ArticleFileNames();

        names.Should().HaveCountGreaterThanOrEqualTo(3);
        names.Should().Contain("myoclonus.json");
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Read_SampleInStrictMode_HasNoIssues(string fileName)
    {
        var utf8 = Bytes(fileName);

        var result = ClinicalArticleJson.Read(utf8);

        string.Join(Environment.NewLine, result.Issues).Should().BeEmpty();
        result.Value.Should().NotBeNull();
    }

    [Theory]
    [MemberData(nameof(SampleFiles))]
    public void Write_SampleReadBack_GivesTheFileByteForByte(string fileName)
    {
        var utf8 = Bytes(fileName);
        var article = ClinicalArticleJson.Read(utf8, ClinicalArticleJsonOptions.Tolerant).Value;
        article.Should().NotBeNull();

        var written = ClinicalArticleJson.WriteToUtf8Bytes(article!);

        // Compared as text first so that a difference shows where it is.
        Encoding.UTF8.GetString(written).Should().Be(Encoding.UTF8.GetString(utf8));
        written.Should().Equal(utf8);
    }
}
