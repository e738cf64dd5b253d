using ClinicalContent.Validation;

namespace ClinicalContent.Tests.Validation;

public sealed class TextPositionTests
{
    [Fact]
    public void ToString_IsLineColonColumn()
    {
        var position = new TextPosition(12, 345);

        var text = position.ToString();

        text.Should().Be("12:345");
    }

    [Fact]
    public void Equals_SameLineAndColumn_AreEqual()
    {
        var first = new TextPosition(1, 2);

        var second = new TextPosition(1, 2);

        first.Should().Be(second);
        first.Should().NotBe(new TextPosition(2, 1));
    }
}
