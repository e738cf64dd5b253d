using ClinicalContent.Validation;

namespace ClinicalContent.Tests.Validation;

public sealed class ClinicalUnitsTests
{
    public static TheoryData<string> RequiredUnits => new()
    {
        "mg", "g", "ug", "ng", "kg", "mL", "L", "[iU]", "[USP'U]", "meq", "mmol", "mg/kg", "ug/kg", "mg/kg/d", "mg/m2", "%",
        "{tbl}", "{cap}", "{puff}", "{drop}", "{patch}",
    };

    [Theory]
    [MemberData(nameof(RequiredUnits))]
    public void IsKnown_ClinicalUcumUnit_ReturnsTrue(string unit)
    {
        var known = ClinicalUnits.IsKnown(unit);

        known.Should().BeTrue();
        ClinicalUnits.Units.Should().Contain(unit);
    }

    [Fact]
    public void IsKnown_DifferentCase_ReturnsFalse()
    {
        var known = ClinicalUnits.IsKnown("ML");

        known.Should().BeFalse();
    }

    [Fact]
    public void IsKnown_Null_Throws()
    {
        var act = () => ClinicalUnits.IsKnown(null!);

        act.Should().Throw<ArgumentNullException>();
    }

    [Fact]
    public void Units_HoldNoDuplicates()
    {
        var units = ClinicalUnits.Units;

        units.Should().OnlyHaveUniqueItems();
    }
}
