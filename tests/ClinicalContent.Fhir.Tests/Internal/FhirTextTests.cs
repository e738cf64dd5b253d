using ClinicalContent.Fhir.Internal;

namespace ClinicalContent.Fhir.Tests.Internal;

public sealed class FhirTextTests
{
    [Theory]
    [InlineData("Clonazepam 0.5\u20131 mg", true)]
    [InlineData("tab\tand\r\nnew line", true)]
    [InlineData("emoji \U0001F48A", true)]
    [InlineData("", false)]
    [InlineData("bell\u0007", false)]
    public void IsString_FollowsTheFhirStringRules(string value, bool expected)
    {
        var result = FhirText.IsString(value);

        result.Should().Be(expected);
    }

    [Fact]
    public void IsString_UnpairedSurrogate_IsNotAFhirString()
    {
        var value = "half " + '\uD83D' + " surrogate";

        var result = FhirText.IsString(value);

        result.Should().BeFalse();
    }

    [Theory]
    [InlineData("G25.3", true)]
    [InlineData("two words", true)]
    [InlineData(" padded", false)]
    [InlineData("double  space", false)]
    [InlineData("tab\tinside", false)]
    public void IsCode_FollowsTheFhirCodeRules(string value, bool expected)
    {
        var result = FhirText.IsCode(value);

        result.Should().Be(expected);
    }

    [Fact]
    public void ForXml_ReplacesCharactersXmlCannotHold()
    {
        var text = FhirText.ForXml("a\u0001b\uD800c");

        text.Should().Be("a\uFFFDb\uFFFDc");
    }
}
