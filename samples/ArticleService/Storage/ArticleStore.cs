using System.Globalization;
using Microsoft.Data.Sqlite;

namespace ArticleService.Storage;

/// <summary>The article table in SQLite: one row per article id, written only by conditional statements.</summary>
/// <remarks>
/// <para>Every write is one statement whose condition is checked by SQLite as it writes: an insert that does nothing
/// when the id exists, an update or delete that matches the row only while its tag is the expected one. Two
/// requests racing for the same row therefore cannot both succeed; the loser sees zero rows affected.</para>
/// <para>Ids are slugs (lower-case ASCII letters, digits and hyphens), so SQLite's binary collation sorts them as
/// ordinal string comparison does. Connections are pooled; the pool is cleared when the store is disposed, so the
/// database file is closed when the app stops.</para>
/// </remarks>
internal sealed class ArticleStore : IDisposable
{
    private const string Columns = "id, title, revision, tag, updated, json";

    private readonly string _connectionString;

    /// <summary>Creates the store for the configured data folder; nothing is opened until <see cref="InitializeAsync"/>.</summary>
    /// <param name="options">Where the database lives.</param>
    public ArticleStore(ArticleServiceOptions options)
    {
        DatabasePath = options.DatabasePath;
        _connectionString = new SqliteConnectionStringBuilder
        {
            DataSource = DatabasePath,
            Mode = SqliteOpenMode.ReadWriteCreate,
            Pooling = true,
            DefaultTimeout = 30,
        }.ToString();
    }

    /// <summary>The absolute path of the database file.</summary>
    public string DatabasePath { get; }

    /// <summary>Creates the data folder, the database file and the article table when they do not exist yet.</summary>
    /// <param name="cancellationToken">Stops the work.</param>
    /// <returns>A task that completes when the table exists.</returns>
    public async Task InitializeAsync(CancellationToken cancellationToken)
    {
        Directory.CreateDirectory(Path.GetDirectoryName(DatabasePath)!);
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();

        // Write-ahead logging lets readers go on while one request writes; the mode is kept in the file.
        command.CommandText = """
            PRAGMA journal_mode = WAL;
            CREATE TABLE IF NOT EXISTS articles (
                id       TEXT    NOT NULL PRIMARY KEY,
                title    TEXT    NOT NULL,
                revision INTEGER NOT NULL,
                tag      TEXT    NOT NULL,
                updated  TEXT    NOT NULL,
                json     TEXT    NOT NULL
            ) WITHOUT ROWID;
            """;
        await command.ExecuteNonQueryAsync(cancellationToken);
    }

    /// <summary>Finds an article by id.</summary>
    /// <param name="id">The article id.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>The stored article, or null when there is none with that id.</returns>
    public async Task<StoredArticle?> FindAsync(string id, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"SELECT {Columns} FROM articles WHERE id = $id";
        command.Parameters.AddWithValue("$id", id);
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        if (!await reader.ReadAsync(cancellationToken))
        {
            return null;
        }

        return StoredArticle.Load(
            reader.GetString(0), reader.GetString(1), reader.GetInt64(2), reader.GetString(3), ParseTime(reader.GetString(4)), reader.GetString(5));
    }

    /// <summary>Adds an article unless one with the same id exists.</summary>
    /// <param name="article">The row to add.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>True when the row was added; false when the id was taken.</returns>
    public async Task<bool> TryInsertAsync(StoredArticle article, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = $"""
            INSERT INTO articles ({Columns}) VALUES ($id, $title, $revision, $tag, $updated, $json)
            ON CONFLICT (id) DO NOTHING
            """;
        AddRow(command, article);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Replaces an article, but only while its stored tag is <paramref name="expectedTag"/>.</summary>
    /// <param name="article">The new row; its id names the row to replace.</param>
    /// <param name="expectedTag">The tag the caller's precondition matched.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>True when the row was replaced; false when it changed or disappeared in the meantime.</returns>
    public async Task<bool> TryReplaceAsync(StoredArticle article, string expectedTag, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = """
            UPDATE articles SET title = $title, revision = $revision, tag = $tag, updated = $updated, json = $json
            WHERE id = $id AND tag = $expected
            """;
        AddRow(command, article);
        command.Parameters.AddWithValue("$expected", expectedTag);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Deletes an article, but only while its stored tag is <paramref name="expectedTag"/>.</summary>
    /// <param name="id">The article id.</param>
    /// <param name="expectedTag">The tag the caller's precondition matched.</param>
    /// <param name="cancellationToken">Stops the write.</param>
    /// <returns>True when the row was deleted; false when it changed or disappeared in the meantime.</returns>
    public async Task<bool> TryDeleteAsync(string id, string expectedTag, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "DELETE FROM articles WHERE id = $id AND tag = $expected";
        command.Parameters.AddWithValue("$id", id);
        command.Parameters.AddWithValue("$expected", expectedTag);
        return await command.ExecuteNonQueryAsync(cancellationToken) == 1;
    }

    /// <summary>Lists articles in id order, starting after a given id.</summary>
    /// <param name="after">The last id of the previous page, or null for the first page.</param>
    /// <param name="take">The most rows to return.</param>
    /// <param name="cancellationToken">Stops the query.</param>
    /// <returns>Up to <paramref name="take"/> articles whose ids sort after <paramref name="after"/>.</returns>
    public async Task<IReadOnlyList<ArticleSummary>> ListAsync(string? after, int take, CancellationToken cancellationToken)
    {
        await using var connection = await OpenAsync(cancellationToken);
        await using var command = connection.CreateCommand();
        command.CommandText = "SELECT id, title, updated FROM articles WHERE $after IS NULL OR id > $after ORDER BY id LIMIT $take";
        command.Parameters.AddWithValue("$after", (object?)after ?? DBNull.Value);
        command.Parameters.AddWithValue("$take", take);
        var page = new List<ArticleSummary>(Math.Min(take, 256));
        await using var reader = await command.ExecuteReaderAsync(cancellationToken);
        while (await reader.ReadAsync(cancellationToken))
        {
            page.Add(new ArticleSummary(reader.GetString(0), reader.GetString(1), ParseTime(reader.GetString(2))));
        }

        return page;
    }

    /// <summary>Closes the pooled connections, and with them the database file.</summary>
    public void Dispose()
    {
        using var connection = new SqliteConnection(_connectionString);
        SqliteConnection.ClearPool(connection);
    }

    private async Task<SqliteConnection> OpenAsync(CancellationToken cancellationToken)
    {
        var connection = new SqliteConnection(_connectionString);
        try
        {
            await connection.OpenAsync(cancellationToken);
            return connection;
        }
        catch
        {
            await connection.DisposeAsync();
            throw;
        }
    }

    private static void AddRow(SqliteCommand command, StoredArticle article)
    {
        command.Parameters.AddWithValue("$id", article.Id);
        command.Parameters.AddWithValue("$title", article.Title);
        command.Parameters.AddWithValue("$revision", article.Revision);
        command.Parameters.AddWithValue("$tag", article.Tag);
        command.Parameters.AddWithValue("$updated", FormatTime(article.Updated));
        command.Parameters.AddWithValue("$json", article.Json);
    }

    // Round-trip ISO 8601 in UTC: sorts as text and reads back to the same instant.
    private static string FormatTime(DateTimeOffset time) => time.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture);

    private static DateTimeOffset ParseTime(string text) => DateTimeOffset.Parse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind);
}
