using ClinicalContent.Serialization;

namespace ClinicalContent.Tests.Serialization;

public sealed class ClinicalArticleJsonOptionsTests
{
    [Fact]
    public void Default_IsStrictIndentedAndLimited()
    {
        var options = ClinicalArticleJsonOptions.Default;

        (options.UnknownMemberHandling, options.WriteIndented, options.MaxDepth, options.MaxDocumentLength)
            .Should().Be((UnknownMemberHandling.Error, true, 64, 16 * 1024 * 1024));
    }

    [Fact]
    public void Tolerant_PreservesUnknownMembersAndOtherwiseMatchesDefault()
    {
        var options = ClinicalArticleJsonOptions.Tolerant;

        options.UnknownMemberHandling.Should().Be(UnknownMemberHandling.Preserve);
        (options with { UnknownMemberHandling = UnknownMemberHandling.Error }).Should().Be(ClinicalArticleJsonOptions.Default);
    }

    [Fact]
    public void With_DerivedOptions_LeaveDefaultUntouched()
    {
        var compact = ClinicalArticleJsonOptions.Default with { WriteIndented = false, MaxDepth = 8 };

        var defaults = ClinicalArticleJsonOptions.Default;

        compact.WriteIndented.Should().BeFalse();
        defaults.WriteIndented.Should().BeTrue();
        defaults.MaxDepth.Should().Be(ClinicalArticleJsonOptions.DefaultMaxDepth);
    }

    [Theory]
    [InlineData(7)]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(1001)]
    public void MaxDepth_OutsideEightToAThousand_Throws(int maxDepth)
    {
        var act = () => ClinicalArticleJsonOptions.Default with { MaxDepth = maxDepth };

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(8)]
    [InlineData(1000)]
    public void MaxDepth_AtTheLimits_IsAccepted(int maxDepth)
    {
        var options = ClinicalArticleJsonOptions.Default with { MaxDepth = maxDepth };

        options.MaxDepth.Should().Be(maxDepth);
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-5)]
    public void MaxDocumentLength_NotPositive_Throws(int maxDocumentLength)
    {
        var act = () => ClinicalArticleJsonOptions.Default with { MaxDocumentLength = maxDocumentLength };

        act.Should().Throw<ArgumentOutOfRangeException>();
    }
}
