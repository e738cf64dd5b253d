using System.Net;
using ArticleService.Tests.Infrastructure;

namespace ArticleService.Tests.Http;

/// <summary>Errors outside the article endpoints are problem details too.</summary>
public sealed class ErrorResponseTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    [Theory]
    [InlineData("/")]
    [InlineData("/nothing-here")]
    [InlineData("/articles/some-id/extra")]
    public async Task Unknown_route_returns_404_problem_details(string path)
    {
        using var response = await service.Client.GetWithAsync(path);
        var problem = await response.ReadObjectAsync();

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        problem["type"]!.GetValue<string>().Should().Be("about:blank");
        problem["title"]!.GetValue<string>().Should().Be("Not Found");
        problem["status"]!.GetValue<int>().Should().Be(404);
        problem["instance"]!.GetValue<string>().Should().Be(path);
    }

    [Fact]
    public async Task Unsupported_method_returns_405_problem_details_with_the_allowed_methods()
    {
        using var response = await service.Client.SendAsync(new HttpRequestMessage(HttpMethod.Patch, "/articles/some-id"));
        var problem = await response.ReadObjectAsync();

        response.StatusCode.Should().Be(HttpStatusCode.MethodNotAllowed);
        response.Content.Headers.Allow.Should().BeEquivalentTo("GET", "PUT", "DELETE");
        problem["status"]!.GetValue<int>().Should().Be(405);
    }
}
