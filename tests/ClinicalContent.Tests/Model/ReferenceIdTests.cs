using ClinicalContent.Model;

namespace ClinicalContent.Tests.Model;

public sealed class ReferenceIdTests
{
    [Fact]
    public void Constructor_Null_ThrowsArgumentNull()
    {
        var act = () => new ReferenceId(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Value_OfDefault_IsEmpty()
    {
        var id = default(ReferenceId);

        var value = id.Value;

        value.Should().BeEmpty();
    }

    [Fact]
    public void ToString_ReturnsTheValue()
    {
        var id = new ReferenceId("ref-1");

        var text = id.ToString();

        text.Should().Be("ref-1");
    }

    [Fact]
    public void Equals_SameValue_AreEqualAndHashAlike()
    {
        var first = new ReferenceId("a-b");
        var second = new ReferenceId(string.Concat("a-", "b"));

        var equal = first == second;

        equal.Should().BeTrue();
        first.GetHashCode().Should().Be(second.GetHashCode());
    }

    [Fact]
    public void Equals_ValuesDifferingInCase_AreNotEqual()
    {
        var lower = new ReferenceId("a");

        var upper = new ReferenceId("A");

        lower.Should().NotBe(upper);
    }

    [Fact]
    public void Equals_DefaultAndEmptyValue_AreEqualAndHashAlike()
    {
        // Both have Value "" and write as "referenceId": ""; reading that back gives new ReferenceId(""), so a citation built
        // with a default id only round-trips if the two are equal.
        var unset = default(ReferenceId);
        var empty = new ReferenceId(string.Empty);

        var equal = unset == empty;

        equal.Should().BeTrue();
        unset.GetHashCode().Should().Be(empty.GetHashCode());
    }
}
