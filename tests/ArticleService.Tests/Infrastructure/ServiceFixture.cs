namespace ArticleService.Tests.Infrastructure;

/// <summary>
/// One running service per test class, over its own temporary data folder, deleted afterwards. Test classes run in
/// parallel and never see each other's articles.
/// </summary>
public sealed class ServiceFixture : IAsyncLifetime
{
    private RunningService? _service;

    /// <summary>The service's clock: 2026-01-15 10:00 UTC until a test advances it.</summary>
    internal FixedTimeProvider Clock { get; } = new(new DateTimeOffset(2026, 1, 15, 10, 0, 0, TimeSpan.Zero));

    /// <summary>The temporary folder of this fixture: the service's content root, deleted afterwards.</summary>
    public string Root { get; } = Path.Combine(Path.GetTempPath(), "article-service-tests", Guid.NewGuid().ToString("N"));

    /// <summary>The data folder the service keeps its database in; the service creates it on start.</summary>
    public string DataDirectory => Path.Combine(Root, "data");

    internal RunningService Service => _service ?? throw new InvalidOperationException("The service has not started.");

    public HttpClient Client => Service.Client;

    public async Task InitializeAsync()
    {
        Directory.CreateDirectory(Root);
        _service = await RunningService.StartAsync(Root, DataDirectory, Clock);
    }

    /// <summary>Stops the service and starts a new one over the same data folder.</summary>
    public async Task RestartAsync()
    {
        await Service.DisposeAsync();
        _service = null;
        _service = await RunningService.StartAsync(Root, DataDirectory, Clock);
    }

    public async Task DisposeAsync()
    {
        if (_service is not null)
        {
            await _service.DisposeAsync();
        }

        if (Directory.Exists(Root))
        {
            Directory.Delete(Root, recursive: true);
        }
    }
}
