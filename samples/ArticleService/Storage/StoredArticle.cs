using System.Globalization;
using System.Security.Cryptography;
using System.Text;
using ClinicalContent.Model;
using ClinicalContent.Serialization;

namespace ArticleService.Storage;

/// <summary>One row of the article table: the canonical JSON and what the service tracks about it.</summary>
/// <remarks>
/// <see cref="Tag"/> is the opaque version of the stored JSON, <c>{revision}-{hash}</c>: the revision counts writes
/// of this id, and the first 64 bits of the SHA-256 of the JSON keep a tag from recurring when an article is
/// deleted and created again with other content. Entity tags of every representation are built from it.
/// </remarks>
internal sealed class StoredArticle
{
    private readonly Lazy<ClinicalArticle> _article;
    private byte[]? _utf8Json;

    private StoredArticle(string id, string title, long revision, string tag, DateTimeOffset updated, string json, Lazy<ClinicalArticle> article)
    {
        Id = id;
        Title = title;
        Revision = revision;
        Tag = tag;
        Updated = updated;
        Json = json;
        _article = article;
    }

    /// <summary>The article's id, the key of the row.</summary>
    public string Id { get; }

    /// <summary>The article's title, kept beside the JSON for listing.</summary>
    public string Title { get; }

    /// <summary>How many times this id has been written since it was created: 1 on creation.</summary>
    public long Revision { get; }

    /// <summary>The opaque version of the stored JSON, compared on every conditional write.</summary>
    public string Tag { get; }

    /// <summary>When the row was last written, from the service's clock.</summary>
    public DateTimeOffset Updated { get; }

    /// <summary>The canonical JSON: <see cref="ClinicalArticleJson.Write(ClinicalArticle, ClinicalArticleJsonOptions?)"/> of the article as read, unknown members included.</summary>
    public string Json { get; }

    /// <summary>The canonical JSON as UTF-8, exactly the bytes served as <c>application/json</c>.</summary>
    public byte[] Utf8Json => _utf8Json ??= Encoding.UTF8.GetBytes(Json);

    /// <summary>The article, read back from <see cref="Json"/> on first use for the formats rendered from the model.</summary>
    /// <exception cref="InvalidOperationException">The stored JSON no longer reads as an article (the database was changed by hand).</exception>
    public ClinicalArticle Article => _article.Value;

    /// <summary>Prepares a row for an article that has passed intake.</summary>
    /// <param name="article">The article as read, unknown members included.</param>
    /// <param name="revision">1 for a new article, the current revision plus 1 for a replacement.</param>
    /// <param name="updated">The time of the write.</param>
    /// <returns>The row to write.</returns>
    public static StoredArticle Create(ClinicalArticle article, long revision, DateTimeOffset updated)
    {
        var json = ClinicalArticleJson.Write(article);
        var utf8 = Encoding.UTF8.GetBytes(json);
        var hash = Convert.ToHexStringLower(SHA256.HashData(utf8).AsSpan(0, 8));
        var tag = string.Create(CultureInfo.InvariantCulture, $"{revision}-{hash}");
        return new StoredArticle(article.Id.Value, article.Title, revision, tag, updated, json, new Lazy<ClinicalArticle>(article)) { _utf8Json = utf8 };
    }

    /// <summary>Rebuilds a row read from the database.</summary>
    /// <returns>The row; its article is read from the JSON when first asked for.</returns>
    public static StoredArticle Load(string id, string title, long revision, string tag, DateTimeOffset updated, string json)
        => new(id, title, revision, tag, updated, json, new Lazy<ClinicalArticle>(() => ReadStored(id, json)));

    private static ClinicalArticle ReadStored(string id, string json)
    {
        // Tolerant: the JSON passed intake when it was written; members of a newer schema are kept, not reported.
        var result = ClinicalArticleJson.Read(json, ClinicalArticleJsonOptions.Tolerant);
        return result.Value ?? throw new InvalidOperationException($"The stored JSON of article '{id}' does not read as an article.");
    }
}
