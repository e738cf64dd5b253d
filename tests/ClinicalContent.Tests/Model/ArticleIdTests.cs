using ClinicalContent.Model;

namespace ClinicalContent.Tests.Model;

public sealed class ArticleIdTests
{
    [Fact]
    public void Constructor_Null_ThrowsArgumentNull()
    {
        var act = () => new ArticleId(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Value_OfDefault_IsEmpty()
    {
        var id = default(ArticleId);

        var value = id.Value;

        value.Should().BeEmpty();
    }

    [Fact]
    public void ToString_ReturnsTheValue()
    {
        var id = new ArticleId("myoclonus-treatment");

        var text = id.ToString();

        text.Should().Be("myoclonus-treatment");
    }

    [Fact]
    public void Equals_SameValue_AreEqualAndHashAlike()
    {
        var first = new ArticleId("a-b");
        var second = new ArticleId(string.Concat("a-", "b"));

        var equal = first == second;

        equal.Should().BeTrue();
        first.GetHashCode().Should().Be(second.GetHashCode());
    }

    [Fact]
    public void Equals_ValuesDifferingInCase_AreNotEqual()
    {
        var lower = new ArticleId("a");

        var upper = new ArticleId("A");

        lower.Should().NotBe(upper);
    }

    [Fact]
    public void Equals_DefaultAndEmptyValue_AreEqualAndHashAlike()
    {
        // Both have Value "" and write as "id": ""; reading that back gives new ArticleId(""), so an article built
        // with a default id only round-trips if the two are equal.
        var unset = default(ArticleId);
        var empty = new ArticleId(string.Empty);

        var equal = unset == empty;

        equal.Should().BeTrue();
        unset.GetHashCode().Should().Be(empty.GetHashCode());
    }
}
