using System.Net;
using ArticleService.Tests.Infrastructure;
using ClinicalContent.Model;
using ClinicalContent.Serialization;

namespace ArticleService.Tests.Http;

/// <summary>PUT and DELETE over real HTTP: If-Match is required, compared strongly, and checked atomically.</summary>
public sealed class ConditionalWriteTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    [Fact]
    public async Task Put_with_the_current_etag_replaces_the_article_and_returns_a_new_etag()
    {
        var etag = await service.Client.CreateAsync(TestArticles.MigraineJson("put-replaces"));
        var changed = TestArticles.Migraine("put-replaces") with { Title = "Acute Migraine: What to Give First" };
        service.Clock.Advance(TimeSpan.FromMinutes(5));

        using var response = await service.Client.PutArticleAsync("put-replaces", TestArticles.Canonical(changed), etag);
        var receipt = await response.ReadObjectAsync();
        using var fetched = await service.Client.GetWithAsync("/articles/put-replaces");

        response.StatusCode.Should().Be(HttpStatusCode.OK);
        HttpClientExtensions.ETag(response).Should().NotBe(etag);
        HttpClientExtensions.ETag(fetched).Should().Be(HttpClientExtensions.ETag(response));
        receipt["revision"]!.GetValue<long>().Should().Be(2);
        receipt["updated"]!.GetValue<DateTimeOffset>().Should().Be(service.Clock.GetUtcNow());
        (await fetched.Content.ReadAsByteArrayAsync()).Should().Equal(TestArticles.Canonical(changed));
    }

    [Fact]
    public async Task Put_without_if_match_returns_428()
    {
        await service.Client.CreateAsync(TestArticles.MigraineJson("put-without-precondition"));

        using var response = await service.Client.PutArticleAsync("put-without-precondition", TestArticles.MigraineJson("put-without-precondition"), ifMatch: null);
        var problem = await response.ReadObjectAsync();

        response.StatusCode.Should().Be((HttpStatusCode)428);
        problem["status"]!.GetValue<int>().Should().Be(428);
    }

    [Fact]
    public async Task Put_with_a_stale_etag_returns_412_and_keeps_the_newer_version()
    {
        var stale = await service.Client.CreateAsync(TestArticles.MigraineJson("put-stale"));
        var newer = TestArticles.Migraine("put-stale") with { Title = "Newer title" };
        using (var first = await service.Client.PutArticleAsync("put-stale", TestArticles.Canonical(newer), stale))
        {
            first.StatusCode.Should().Be(HttpStatusCode.OK);
        }

        using var response = await service.Client.PutArticleAsync("put-stale", TestArticles.MigraineJson("put-stale"), stale);
        using var fetched = await service.Client.GetWithAsync("/articles/put-stale");

        response.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
        response.Content.Headers.ContentType!.MediaType.Should().Be("application/problem+json");
        (await fetched.Content.ReadAsByteArrayAsync()).Should().Equal(TestArticles.Canonical(newer));
    }

    [Fact]
    public async Task Put_accepts_the_etag_of_any_format_of_the_current_version()
    {
        await service.Client.CreateAsync(TestArticles.MigraineJson("put-with-html-etag"));
        using var html = await service.Client.GetWithAsync("/articles/put-with-html-etag", "text/html");

        using var response = await service.Client.PutArticleAsync("put-with-html-etag", TestArticles.MigraineJson("put-with-html-etag"), HttpClientExtensions.ETag(html));

        response.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Put_with_a_weak_etag_returns_412_because_if_match_compares_strongly()
    {
        var etag = await service.Client.CreateAsync(TestArticles.MigraineJson("put-weak"));

        using var response = await service.Client.PutArticleAsync("put-weak", TestArticles.MigraineJson("put-weak"), "W/" + etag);

        response.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
    }

    [Fact]
    public async Task Put_with_a_malformed_if_match_returns_400()
    {
        await service.Client.CreateAsync(TestArticles.MigraineJson("put-malformed-precondition"));

        using var response = await service.Client.PutArticleAsync("put-malformed-precondition", TestArticles.MigraineJson("put-malformed-precondition"), "not-quoted");
        var problem = await response.ReadObjectAsync();

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        problem["type"]!.GetValue<string>().Should().Be("urn:clinicalcontent:problem:invalid-request");
    }

    [Fact]
    public async Task Put_to_an_unknown_id_returns_404()
    {
        using var response = await service.Client.PutArticleAsync("put-unknown", TestArticles.MigraineJson("put-unknown"), "\"1-0000000000000000\"");

        response.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Put_of_an_article_whose_id_differs_from_the_url_returns_400()
    {
        var etag = await service.Client.CreateAsync(TestArticles.MigraineJson("put-id-route"));

        using var response = await service.Client.PutArticleAsync("put-id-route", TestArticles.MigraineJson("put-id-body"), etag);
        var problem = await response.ReadObjectAsync();

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        problem["type"]!.GetValue<string>().Should().Be("urn:clinicalcontent:problem:id-mismatch");
    }

    [Fact]
    public async Task Put_of_an_invalid_article_returns_400_and_keeps_the_stored_one()
    {
        var etag = await service.Client.CreateAsync(TestArticles.MigraineJson("put-invalid"));
        var invalid = TestArticles.Migraine("put-invalid") with
        {
            Review = TestArticles.Migraine("put-invalid").Review with { Reviewers = [] },
        };

        using var response = await service.Client.PutArticleAsync("put-invalid", TestArticles.Canonical(invalid), etag);
        var problem = await response.ReadObjectAsync();
        using var fetched = await service.Client.GetWithAsync("/articles/put-invalid");

        response.StatusCode.Should().Be(HttpStatusCode.BadRequest);
        HttpClientExtensions.CodesAndPointers(problem).Should().Equal([("CC3004", "/review")]);
        HttpClientExtensions.ETag(fetched).Should().Be(etag);
    }

    [Fact]
    public async Task Concurrent_puts_with_the_same_etag_let_exactly_one_win()
    {
        const int Writers = 16;
        var etag = await service.Client.CreateAsync(TestArticles.MigraineJson("put-race"));
        var bodies = Enumerable.Range(1, Writers)
            .Select(static n => TestArticles.Canonical(TestArticles.Migraine("put-race") with { Title = $"Contender {n}" }))
            .ToList();

        using var start = new SemaphoreSlim(0, Writers);
        var racers = bodies.Select(async body =>
        {
            await start.WaitAsync();
            using var response = await service.Client.PutArticleAsync("put-race", body, etag);
            return (response.StatusCode, Body: body);
        }).ToList();
        start.Release(Writers);
        var outcomes = await Task.WhenAll(racers);
        using var fetched = await service.Client.GetWithAsync("/articles/put-race");

        outcomes.Count(static o => o.StatusCode == HttpStatusCode.OK).Should().Be(1);
        outcomes.Count(static o => o.StatusCode == HttpStatusCode.PreconditionFailed).Should().Be(Writers - 1);
        (await fetched.Content.ReadAsByteArrayAsync()).Should().Equal(outcomes.Single(static o => o.StatusCode == HttpStatusCode.OK).Body);
    }

    [Fact]
    public async Task Delete_with_the_current_etag_removes_the_article()
    {
        var etag = await service.Client.CreateAsync(TestArticles.MigraineJson("delete-me"));

        using var response = await service.Client.DeleteArticleAsync("delete-me", etag);
        using var fetched = await service.Client.GetWithAsync("/articles/delete-me");

        response.StatusCode.Should().Be(HttpStatusCode.NoContent);
        fetched.StatusCode.Should().Be(HttpStatusCode.NotFound);
    }

    [Fact]
    public async Task Delete_without_if_match_returns_428_and_keeps_the_article()
    {
        await service.Client.CreateAsync(TestArticles.MigraineJson("delete-without-precondition"));

        using var response = await service.Client.DeleteArticleAsync("delete-without-precondition", ifMatch: null);
        using var fetched = await service.Client.GetWithAsync("/articles/delete-without-precondition");

        response.StatusCode.Should().Be((HttpStatusCode)428);
        fetched.StatusCode.Should().Be(HttpStatusCode.OK);
    }

    [Fact]
    public async Task Recreated_article_does_not_match_the_etag_of_its_deleted_predecessor()
    {
        var first = await service.Client.CreateAsync(TestArticles.MigraineJson("recreated"));
        using (var deleted = await service.Client.DeleteArticleAsync("recreated", first))
        {
            deleted.StatusCode.Should().Be(HttpStatusCode.NoContent);
        }

        var other = TestArticles.Migraine("recreated") with { Title = "Recreated with other content" };
        var second = await service.Client.CreateAsync(TestArticles.Canonical(other));

        using var response = await service.Client.PutArticleAsync("recreated", TestArticles.Canonical(other), first);

        second.Should().NotBe(first);
        response.StatusCode.Should().Be(HttpStatusCode.PreconditionFailed);
    }
}
