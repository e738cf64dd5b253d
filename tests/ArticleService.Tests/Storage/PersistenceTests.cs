using System.Net;
using ArticleService.Tests.Infrastructure;

namespace ArticleService.Tests.Storage;

/// <summary>The SQLite file: created on start, and still holding every article after a restart.</summary>
public sealed class PersistenceTests(ServiceFixture service) : IClassFixture<ServiceFixture>
{
    [Fact]
    public void Database_file_is_created_in_the_data_folder_on_start()
    {
        File.Exists(Path.Combine(service.DataDirectory, ArticleServiceOptions.DatabaseFileName)).Should().BeTrue();
    }

    [Fact]
    public async Task Articles_survive_a_restart_on_the_same_data_folder()
    {
        var seed = TestArticles.SampleBytes("myoclonus.json");
        var seedTag = await service.Client.CreateAsync(seed);
        var migraineTag = await service.Client.CreateAsync(TestArticles.MigraineJson("survives-restart"));

        await service.RestartAsync();
        using var seedAfter = await service.Client.GetWithAsync("/articles/myoclonus-treatment");
        using var list = await service.Client.GetWithAsync("/articles");
        var page = await list.ReadObjectAsync();
        using var replaced = await service.Client.PutArticleAsync("survives-restart", TestArticles.MigraineJson("survives-restart"), migraineTag);

        seedAfter.StatusCode.Should().Be(HttpStatusCode.OK);
        (await seedAfter.Content.ReadAsByteArrayAsync()).Should().Equal(seed);
        HttpClientExtensions.ETag(seedAfter).Should().Be(seedTag);
        page["items"]!.AsArray().Select(static item => item!["id"]!.GetValue<string>()).Should().Contain(["myoclonus-treatment", "survives-restart"]);
        replaced.StatusCode.Should().Be(HttpStatusCode.OK, "the ETag read before the restart still names the current version");
    }
}
