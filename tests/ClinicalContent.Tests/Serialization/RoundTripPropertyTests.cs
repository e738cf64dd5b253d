using System.Text;
using System.Text.Json;
using ClinicalContent.Internal;
using ClinicalContent.Model;
using ClinicalContent.Serialization;
using ClinicalContent.Tests.Generators;
using ClinicalContent.Validation;
using FsCheck.Xunit;

namespace ClinicalContent.Tests.Serialization;

public sealed class RoundTripPropertyTests
{
    private static readonly ClinicalArticleJsonOptions s_compact = ClinicalArticleJsonOptions.Default with { WriteIndented = false };

    [Property(MaxTest = 2000, Arbitrary = [typeof(ArticleArbitraries)])]
    public void Read_OfIndentedWrite_ReturnsEqualArticleWithoutIssues(ClinicalArticle article)
    {
        var json = ClinicalArticleJson.Write(article);

        var result = ClinicalArticleJson.Read(json, ClinicalArticleJsonOptions.Tolerant);

        result.Issues.Should().BeEmpty();
        result.Value.Should().Be(article);
    }

    [Property(MaxTest = 2000, Arbitrary = [typeof(ArticleArbitraries)])]
    public void Read_OfCompactWrite_ReturnsEqualArticleWithoutIssues(ClinicalArticle article)
    {
        var utf8 = ClinicalArticleJson.WriteToUtf8Bytes(article, s_compact);

        var result = ClinicalArticleJson.Read(utf8, ClinicalArticleJsonOptions.Tolerant);

        result.Issues.Should().BeEmpty();
        result.Value.Should().Be(article);
    }

    [Property(MaxTest = 2000, Arbitrary = [typeof(ArticleArbitraries)])]
    public void GetHashCode_OfEqualArticleReadBack_IsTheSame(ClinicalArticle article)
    {
        var copy = ClinicalArticleJson.Read(ClinicalArticleJson.WriteToUtf8Bytes(article), ClinicalArticleJsonOptions.Tolerant).Value;

        copy.Should().NotBeNull();
        ReferenceEquals(copy, article).Should().BeFalse();
        copy!.Equals(article).Should().BeTrue();
        copy.GetHashCode().Should().Be(article.GetHashCode());
    }

    [Property(MaxTest = 2000, Arbitrary = [typeof(ArticleArbitraries)])]
    public void Write_SameArticleTwice_GivesSameBytes(ClinicalArticle article)
    {
        var first = ClinicalArticleJson.WriteToUtf8Bytes(article);

        var second = ClinicalArticleJson.WriteToUtf8Bytes(article);

        second.Should().Equal(first);
    }

    [Property(MaxTest = 2000, Arbitrary = [typeof(ArticleArbitraries)])]
    public void Write_OfArticleReadBack_GivesSameBytes(ClinicalArticle article)
    {
        var first = ClinicalArticleJson.WriteToUtf8Bytes(article);
        var readBack = ClinicalArticleJson.Read(first, ClinicalArticleJsonOptions.Tolerant).Value;
        readBack.Should().NotBeNull();

        var second = ClinicalArticleJson.WriteToUtf8Bytes(readBack!);

        Encoding.UTF8.GetString(second).Should().Be(Encoding.UTF8.GetString(first));
    }

    [Property(MaxTest = 2000, Arbitrary = [typeof(ArticleArbitraries)])]
    public void Write_OfTolerantReadBack_KeepsEveryUnknownMemberValue(ArticleWithUnknownMembers input)
    {
        var first = ClinicalArticleJson.Write(input.Article);
        var readBack = ClinicalArticleJson.Read(first, ClinicalArticleJsonOptions.Tolerant).Value;
        readBack.Should().NotBeNull();

        var second = ClinicalArticleJson.Write(readBack!);

        using var expected = JsonDocument.Parse(first);
        using var actual = JsonDocument.Parse(second);
        JsonElement.DeepEquals(expected.RootElement, actual.RootElement).Should().BeTrue();
        foreach (var (name, value) in input.Article.UnknownMembers!)
        {
            actual.RootElement.TryGetProperty(name, out var written).Should().BeTrue();
            JsonElement.DeepEquals(written, value).Should().BeTrue();
        }
    }

    [Property(MaxTest = 2000, Arbitrary = [typeof(ArticleArbitraries)])]
    public void Read_Strict_ReportsOneUnknownMemberIssuePerUnknownMemberAtItsPointer(ArticleWithUnknownMembers input)
    {
        var json = ClinicalArticleJson.Write(input.Article);

        var result = ClinicalArticleJson.Read(json);

        result.Issues.Select(static i => (i.Code, i.Pointer)).Should().Equal(
            UnknownMemberLocator.Pointers(input.Article).Select(static pointer => (IssueCodes.UnknownMember, pointer)));
        result.Value.Should().Be(input.Article);
    }

    [Property(MaxTest = 2000, Arbitrary = [typeof(ArticleArbitraries)])]
    public void Read_Strict_ReportsUnknownMembersAtPositionsOfTheirNames(ArticleWithUnknownMembers input)
    {
        var json = ClinicalArticleJson.Write(input.Article);
        var lines = json.Split('\n');

        var result = ClinicalArticleJson.Read(json);

        foreach (var issue in result.Issues)
        {
            issue.Position.Should().NotBeNull();
            var (line, column) = issue.Position!.Value;
            var expectedName = JsonEncodedText.Encode(JsonPointer.LastToken(issue.Pointer), MinimalJsonEncoder.Instance).ToString();
            lines[line - 1][(column - 1)..].Should().StartWith("\"" + expectedName + "\"");
        }
    }

    [Property(MaxTest = 2000)]
    public void Read_ArbitraryBytes_NeverThrowsAndReportsConsistently(byte[] bytes)
    {
        var result = ClinicalArticleJson.Read(bytes ?? []);

        result.ShouldBeConsistent();
    }

    [Property(MaxTest = 2000)]
    public void Read_ArbitraryString_NeverThrowsAndReportsConsistently(string text)
    {
        var result = ClinicalArticleJson.Read(text ?? string.Empty);

        result.ShouldBeConsistent();
    }

    [Property(MaxTest = 2000, Arbitrary = [typeof(ArticleArbitraries)])]
    public void Read_TokenSoup_NeverThrowsAndReportsConsistently(TokenSoup soup)
    {
        var result = ClinicalArticleJson.Read(soup.Bytes);

        result.ShouldBeConsistent();
    }

    [Property(MaxTest = 2000, Arbitrary = [typeof(ArticleArbitraries)])]
    public void Read_ArticleWithBytesDeletedInsertedOrFlipped_NeverThrowsAndReportsConsistently(ArticleAndSeed input)
    {
        var damaged = JsonMutator.MutateBytes(ClinicalArticleJson.WriteToUtf8Bytes(input.Article, s_compact), input.Seed);

        var result = ClinicalArticleJson.Read(damaged);

        result.ShouldBeConsistent();
    }

    [Property(MaxTest = 2000, Arbitrary = [typeof(ArticleArbitraries)])]
    public void Read_WellFormedButMutatedArticle_ReportsPointersThatResolveInTheInput(ArticleAndSeed input)
    {
        var json = JsonMutator.MutateTree(ClinicalArticleJson.Write(input.Article), input.Seed);

        var result = ClinicalArticleJson.Read(json);

        result.ShouldBeConsistent();
        using var document = JsonDocument.Parse(json);
        foreach (var issue in result.Issues)
        {
            if (issue.Code == IssueCodes.RequiredMemberMissing)
            {
                // A missing member's pointer names where it would be: its parent exists, the member does not.
                JsonPointer.TryResolve(document.RootElement, JsonPointer.Parent(issue.Pointer), out var parent).Should().BeTrue(issue.ToString());
                parent.ValueKind.Should().Be(JsonValueKind.Object);
                parent.TryGetProperty(JsonPointer.LastToken(issue.Pointer), out _).Should().BeFalse(issue.ToString());
            }
            else
            {
                JsonPointer.TryResolve(document.RootElement, issue.Pointer, out _).Should().BeTrue(issue.ToString());
            }
        }
    }

    [Property(MaxTest = 500, Arbitrary = [typeof(ArticleArbitraries)])]
    public void Read_WellFormedButMutatedArticle_ReadsTheSameFromStringBytesAndStream(ArticleAndSeed input)
    {
        var json = JsonMutator.MutateTree(ClinicalArticleJson.Write(input.Article), input.Seed);
        var utf8 = Encoding.UTF8.GetBytes(json);

        var fromString = ClinicalArticleJson.Read(json);
        var fromBytes = ClinicalArticleJson.Read(utf8);
        using var stream = new MemoryStream(utf8);
        var fromStream = ClinicalArticleJson.Read(stream);

        fromBytes.Should().Be(fromString);
        fromStream.Should().Be(fromString);
    }
}
