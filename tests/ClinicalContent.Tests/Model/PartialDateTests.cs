using ClinicalContent.Model;

namespace ClinicalContent.Tests.Model;

public sealed class PartialDateTests
{
    public static TheoryData<string, int, int?, int?> ValidTexts => new()
    {
        { "2004", 2004, null, null },
        { "0001", 1, null, null },
        { "9999", 9999, null, null },
        { "2004-10", 2004, 10, null },
        { "2004-01", 2004, 1, null },
        { "2004-12", 2004, 12, null },
        { "2004-10-17", 2004, 10, 17 },
        { "2024-02-29", 2024, 2, 29 },
        { "2000-02-29", 2000, 2, 29 },
        { "2025-12-31", 2025, 12, 31 },
        { "0001-01-01", 1, 1, 1 },
        { "9999-12-31", 9999, 12, 31 },
    };

    [Theory]
    [MemberData(nameof(ValidTexts))]
    public void TryParse_ValidText_ReadsEachPart(string text, int year, int? month, int? day)
    {
        var parsed = PartialDate.TryParse(text, out var date);

        parsed.Should().BeTrue();
        date.Should().Be(new PartialDate(year, month, day));
        (date.Year, date.Month, date.Day).Should().Be((year, month, day));
    }

    [Theory]
    [MemberData(nameof(ValidTexts))]
    public void ToString_OfParsedText_GivesTheSameText(string text, int year, int? month, int? day)
    {
        var date = new PartialDate(year, month, day);

        var formatted = date.ToString();

        formatted.Should().Be(text);
    }

    public static TheoryData<string> InvalidTexts => new()
    {
        "", "2", "204", "20045", "0000", "0000-01-01", "1900-02-29", "2023-02-29", "2025-02-30", "2025-04-31",
        "2025-13", "2025-00", "2025-01-00", "2025-01-32", "2025-1", "2025-1-05", "2025-01-5", "2025/01", "2025-01/05",
        "2025.01", "20250105", " 2025", "2025 ", "+202", "-202", "２０２５", "abcd", "2025-ab", "2025-01-0x", "2025-01-01T00",
        "2025--1", "2025-+1",
    };

    [Theory]
    [MemberData(nameof(InvalidTexts))]
    public void TryParse_InvalidText_ReturnsFalseAndDefault(string text)
    {
        var parsed = PartialDate.TryParse(text, out var date);

        parsed.Should().BeFalse();
        date.Should().Be(default(PartialDate));
    }

    [Theory]
    [InlineData(0)]
    [InlineData(-1)]
    [InlineData(10_000)]
    public void Constructor_YearOutOfRange_Throws(int year)
    {
        var act = () => new PartialDate(year);

        act.Should().Throw<ArgumentOutOfRangeException>();
    }

    [Theory]
    [InlineData(0)]
    [InlineData(13)]
    [InlineData(-1)]
    public void Constructor_MonthOutOfRange_Throws(int month)
    {
        var act = () => new PartialDate(2004, month);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("month");
    }

    [Theory]
    [InlineData(2004, 2, 30)]
    [InlineData(2023, 2, 29)]
    [InlineData(2004, 4, 31)]
    [InlineData(2004, 1, 0)]
    [InlineData(2004, 1, 32)]
    public void Constructor_DayNotInTheMonth_Throws(int year, int month, int day)
    {
        var act = () => new PartialDate(year, month, day);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("day");
    }

    [Fact]
    public void Constructor_DayWithoutMonth_Throws()
    {
        var act = () => new PartialDate(2004, null, 5);

        act.Should().Throw<ArgumentOutOfRangeException>().Which.ParamName.Should().Be("day");
    }

    [Fact]
    public void Equals_SameParts_AreEqualAndHashAlike()
    {
        var first = new PartialDate(2004, 10);
        var second = new PartialDate(2004, 10);

        var equal = first == second;

        equal.Should().BeTrue();
        first.GetHashCode().Should().Be(second.GetHashCode());
    }

    [Fact]
    public void Equals_YearOnlyAndFirstOfJanuary_AreNotEqual()
    {
        var yearOnly = new PartialDate(2004);

        var firstOfJanuary = new PartialDate(2004, 1, 1);

        yearOnly.Should().NotBe(firstOfJanuary);
    }
}
