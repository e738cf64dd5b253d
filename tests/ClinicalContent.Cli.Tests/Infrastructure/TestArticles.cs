using System.Text.Json.Nodes;

namespace ClinicalContent.Cli.Tests.Infrastructure;

/// <summary>Articles for CLI tests, made from the bundled samples.</summary>
internal static class TestArticles
{
    public const string ValidSample = "acute-migraine.json";

    public const string SeedSample = "myoclonus.json";

    public static readonly string[] ValidSamples = ["acute-migraine.json", "community-acquired-pneumonia.json", "restless-legs-syndrome.json"];

    /// <summary>A valid article, as indented JSON.</summary>
    public static string Valid() => File.ReadAllText(RepositoryPaths.SampleArticle(ValidSample));

    /// <summary>The seed article with its real defects, as indented JSON.</summary>
    public static string Seed() => File.ReadAllText(RepositoryPaths.SampleArticle(SeedSample));

    /// <summary>A valid article with one reference that nothing cites: a warning, not an error.</summary>
    public static string WithWarning()
    {
        var article = Parse(Valid());
        article["references"]!.AsArray().Add(new JsonObject
        {
            ["id"] = "uncited-extra",
            ["kind"] = "website",
            ["title"] = "A reference no statement cites",
            ["url"] = "https://example.org/uncited",
        });
        return article.ToJsonString(new System.Text.Json.JsonSerializerOptions { WriteIndented = true });
    }

    /// <summary>An article on one line, for NDJSON.</summary>
    public static string Compact(string json) => Parse(json).ToJsonString();

    private static JsonObject Parse(string json) => JsonNode.Parse(json)!.AsObject();
}
