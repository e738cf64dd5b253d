namespace ArticleService;

/// <summary>Where the service keeps its data, resolved from configuration when the app is built.</summary>
public sealed record ArticleServiceOptions
{
    /// <summary>The configuration key of the data folder: <c>ArticleService:DataDirectory</c>.</summary>
    public const string DataDirectoryKey = "ArticleService:DataDirectory";

    /// <summary>The data folder when configuration names none: <c>data</c>, under the content root.</summary>
    public const string DefaultDataDirectory = "data";

    /// <summary>The name of the SQLite database file inside <see cref="DataDirectory"/>.</summary>
    public const string DatabaseFileName = "articles.db";

    /// <summary>The absolute path of the folder that holds the database; created on start when missing.</summary>
    public required string DataDirectory { get; init; }

    /// <summary>The absolute path of the SQLite database file.</summary>
    public string DatabasePath => Path.Combine(DataDirectory, DatabaseFileName);
}
