using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Hosting.Server;
using Microsoft.AspNetCore.Hosting.Server.Features;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.Extensions.DependencyInjection;

namespace ArticleService.Tests.Infrastructure;

/// <summary>The real service, started in-process on 127.0.0.1 on a free port, with Kestrel and a real SQLite file.</summary>
internal sealed class RunningService : IAsyncDisposable
{
    private readonly WebApplication _app;

    private RunningService(WebApplication app, Uri address)
    {
        _app = app;
        Address = address;

        // A real socket; no proxy, so the request goes straight to the loopback address.
        Client = new HttpClient(new SocketsHttpHandler { UseProxy = false }) { BaseAddress = address };
    }

    public Uri Address { get; }

    public HttpClient Client { get; }

    public IServiceProvider Services => _app.Services;

    /// <summary>Builds and starts the service with its database in <paramref name="dataDirectory"/>.</summary>
    public static async Task<RunningService> StartAsync(string contentRoot, string dataDirectory, TimeProvider clock)
    {
        var app = ArticleServiceApp.Build(
            new WebApplicationOptions
            {
                Args =
                [
                    "--urls=http://127.0.0.1:0",
                    $"--ArticleService:DataDirectory={dataDirectory}",
                    "--Logging:LogLevel:Default=Warning",
                ],
                ContentRootPath = contentRoot,
                EnvironmentName = "Testing",
            },
            services => services.AddSingleton(clock));
        await app.StartAsync();

        // Port 0 lets the OS choose; the server reports the address it actually bound.
        var address = app.Services.GetRequiredService<IServer>().Features.GetRequiredFeature<IServerAddressesFeature>().Addresses.Single();
        return new RunningService(app, new Uri(address));
    }

    public async ValueTask DisposeAsync()
    {
        Client.Dispose();
        await _app.StopAsync();
        await _app.DisposeAsync();
    }
}
