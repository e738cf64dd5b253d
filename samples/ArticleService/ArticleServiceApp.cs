using ArticleService.Http;
using ArticleService.Intake;
using ArticleService.Storage;
using ClinicalContent.Serialization;

namespace ArticleService;

/// <summary>
/// Builds the article service: an HTTP API that stores clinical articles as canonical JSON in SQLite and serves
/// them in every format the library renders.
/// </summary>
/// <remarks>
/// The app is built here rather than in <c>Program</c> so that tests and hosts can start it in-process: build it,
/// bind Kestrel with <c>--urls=http://127.0.0.1:0</c>, call <see cref="WebApplication.StartAsync"/> and read the
/// bound address from the server's addresses. The database file is created when the app starts.
/// </remarks>
public static class ArticleServiceApp
{
    /// <summary>Builds the app from command-line arguments, as <c>dotnet run</c> does.</summary>
    /// <param name="args">Command-line arguments; <c>--ArticleService:DataDirectory=…</c> and <c>--urls=…</c> among them.</param>
    /// <returns>The app, not yet started.</returns>
    public static WebApplication Build(string[] args) => Build(new WebApplicationOptions { Args = args });

    /// <summary>Builds the app with host options, letting the caller replace services (a clock, for instance).</summary>
    /// <param name="options">Host options: arguments, content root, environment.</param>
    /// <param name="configureServices">Runs after the service's own registrations, so a registration made here wins.</param>
    /// <returns>The app, not yet started.</returns>
    /// <exception cref="ArgumentNullException"><paramref name="options"/> is null.</exception>
    public static WebApplication Build(WebApplicationOptions options, Action<IServiceCollection>? configureServices = null)
    {
        ArgumentNullException.ThrowIfNull(options);
        var builder = WebApplication.CreateSlimBuilder(options);

        // A relative folder is taken from the content root, which is the current directory unless the host says otherwise.
        var configured = builder.Configuration[ArticleServiceOptions.DataDirectoryKey];
        var dataDirectory = Path.GetFullPath(
            string.IsNullOrWhiteSpace(configured) ? ArticleServiceOptions.DefaultDataDirectory : configured,
            builder.Environment.ContentRootPath);

        builder.Services.AddSingleton(new ArticleServiceOptions { DataDirectory = dataDirectory });
        builder.Services.AddSingleton(TimeProvider.System);
        builder.Services.AddSingleton<ArticleStore>();
        builder.Services.AddSingleton<ArticleIntake>();
        builder.Services.AddHostedService<DatabaseLifecycle>();
        builder.Services.ConfigureHttpJsonOptions(static json =>
        {
            // Source-generated metadata only: the service's own payloads, then the library's article contract, so
            // that an endpoint or client binding ClinicalArticle gets exactly the wire format of ClinicalArticleJson.
            json.SerializerOptions.TypeInfoResolverChain.Insert(0, ServiceJsonContext.Readable);
            json.SerializerOptions.TypeInfoResolverChain.Insert(1, ClinicalArticleJson.TypeInfo.OriginatingResolver!);
        });
        configureServices?.Invoke(builder.Services);

        var app = builder.Build();
        app.UseExceptionHandler(new ExceptionHandlerOptions { ExceptionHandler = Problems.WriteUnhandledAsync });
        app.UseStatusCodePages(new StatusCodePagesOptions { HandleAsync = Problems.WriteStatusCodeAsync });
        ArticleEndpoints.Map(app);
        return app;
    }
}
