using ClinicalContent.Internal;

namespace ClinicalContent.Tests.Internal;

public sealed class WebAddressesTests
{
    [Theory]
    [InlineData("https://example.org/a?b=1", "https://example.org/a?b=1")]
    [InlineData("http://example.org", "http://example.org")]
    [InlineData("javascript:alert(1)", null)]
    [InlineData("ftp://example.org/file", null)]
    [InlineData("/relative/path", null)]
    [InlineData("https://example.org/a b", null)]
    [InlineData("https://example.org/\"onmouseover=", null)]
    [InlineData("https:example.org", null)]
    [InlineData("", null)]
    [InlineData(null, null)]
    public void Http_keeps_only_absolute_http_and_https_addresses(string? url, string? expected)
        => WebAddresses.Http(url).Should().Be(expected);

    [Theory]
    [InlineData("10.1111/head.14153", "https://doi.org/10.1111/head.14153")]
    [InlineData("10.1016/S1474-4422(04)00875-1", "https://doi.org/10.1016/S1474-4422%2804%2900875-1")]
    [InlineData("10.1000/a b", "https://doi.org/10.1000/a%20b")]
    [InlineData("11.1000/x", null)]
    [InlineData("10.1000", null)]
    [InlineData(null, null)]
    public void Doi_gives_the_doi_org_address_of_a_doi_only(string? doi, string? expected)
        => WebAddresses.Doi(doi).Should().Be(expected);

    [Fact]
    public void Doi_with_an_unpaired_surrogate_gives_an_address_instead_of_throwing()
        => WebAddresses.Doi("10.1000/x\uD800y").Should().Be("https://doi.org/10.1000/x%EF%BF%BDy");
}
