using System.Net;
using System.Text.Json.Nodes;
using ArticleService.Tests.Infrastructure;

namespace ArticleService.Tests.Http;

/// <summary>GET /articles over real HTTP: ids, titles and update times, sorted by id, paginated with an id cursor.</summary>
public sealed class ArticleListTests(ServiceFixture service) : IClassFixture<ServiceFixture>, IAsyncLifetime
{
    // Created out of order, so that sorting is the service's doing.
    private static readonly string[] s_ids = ["list-c", "list-a", "list-e", "list-b", "list-d"];

    public async Task InitializeAsync()
    {
        foreach (var id in s_ids)
        {
            using var response = await service.Client.PostArticleAsync(TestArticles.MigraineJson(id));
            response.StatusCode.Should().BeOneOf(HttpStatusCode.Created, HttpStatusCode.Conflict);
        }
    }

    public Task DisposeAsync() => Task.CompletedTask;

    [Fact]
    public async Task List_returns_ids_titles_and_update_times_sorted_by_id()
    {
        using var response = await service.Client.GetWithAsync("/articles");
        var page = await response.ReadObjectAsync();

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/json");
        var items = page["items"]!.AsArray();
        items.Select(static item => item!["id"]!.GetValue<string>()).Should().Equal("list-a", "list-b", "list-c", "list-d", "list-e");
        items.Should().AllSatisfy(item =>
        {
            item!["title"]!.GetValue<string>().Should().Be("Acute Treatment of Migraine in Adults");
            item["updated"]!.GetValue<DateTimeOffset>().Should().Be(service.Clock.GetUtcNow());
        });
        page.ContainsKey("next").Should().BeFalse();
    }

    [Fact]
    public async Task List_pages_follow_the_next_link_to_the_end()
    {
        var pages = new List<string[]>();
        var links = new List<string?>();
        string? next = "/articles?limit=2";

        while (next is not null)
        {
            using var response = await service.Client.GetWithAsync(next);
            var page = await response.ReadObjectAsync();
            pages.Add([.. page["items"]!.AsArray().Select(static item => item!["id"]!.GetValue<string>())]);
            links.Add(response.Headers.TryGetValues("Link", out var link) ? link.Single() : null);
            next = page["next"]?.GetValue<string>();
        }

        pages.Should().BeEquivalentTo(new[] { new[] { "list-a", "list-b" }, ["list-c", "list-d"], ["list-e"] }, o => o.WithStrictOrdering());
        links.Should().Equal("</articles?limit=2&after=list-b>; rel=\"next\"", "</articles?limit=2&after=list-d>; rel=\"next\"", null);
    }

    [Fact]
    public async Task List_after_the_last_id_is_empty()
    {
        using var response = await service.Client.GetWithAsync("/articles?after=list-e");
        var page = await response.ReadObjectAsync();

        page["items"]!.AsArray().Should().BeEmpty();
        page.ContainsKey("next").Should().BeFalse();
    }

    [Theory]
    [InlineData("limit=0")]
    [InlineData("limit=501")]
    [InlineData("limit=abc")]
    [InlineData("limit=-1")]
    [InlineData("limit=2.5")]
    [InlineData("limit=1&limit=2")]
    [InlineData("after=a&after=b")]
    public async Task List_with_an_invalid_query_returns_400_problem_details(string query)
    {
        using var response = await service.Client.GetWithAsync("/articles?" + query);
        var problem = await response.ReadObjectAsync();

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        problem["type"]!.GetValue<string>().Should().Be("urn:clinicalcontent:problem:invalid-request");
    }

    [Fact]
    public async Task List_that_cannot_be_json_returns_406()
    {
        using var response = await service.Client.GetWithAsync("/articles", "text/html");

        response.StatusCode.Should().Be(HttpStatusCode.NotAcceptable);
        JsonNode.Parse(await response.Content.ReadAsStringAsync())!["supported"]!.AsArray().Should().ContainSingle();
    }
}
