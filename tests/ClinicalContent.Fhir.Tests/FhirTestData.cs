using System.Text.Json.Nodes;
using ClinicalContent.Model;
using ClinicalContent.Serialization;
using Hl7.Fhir.Model;

namespace ClinicalContent.Fhir.Tests;

/// <summary>The repository's sample articles, and the helper that applies a loss report to an article.</summary>
internal static class FhirTestData
{
    private static readonly Lazy<string> s_root = new(static () =>
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ClinicalContent.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds ClinicalContent.sln.");
    });

    /// <summary>The Composition, the first entry of an exported Bundle.</summary>
    public static Composition CompositionOf(Bundle bundle) => (Composition)bundle.Entry[0].Resource!;

    /// <summary>Every resource of type <typeparamref name="T"/> in the Bundle, in entry order.</summary>
    public static List<T> Resources<T>(Bundle bundle) where T : Resource => [.. bundle.Entry.Select(static e => e.Resource).OfType<T>()];

    public static string SampleArticles => Path.Combine(s_root.Value, "samples", "articles");

    public static TheoryData<string> SampleNames
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var path in Directory.GetFiles(SampleArticles, "*.json").Order(StringComparer.Ordinal))
            {
                data.Add(Path.GetFileNameWithoutExtension(path));
            }

            return data;
        }
    }

    public static ClinicalArticle Sample(string name) => Read(File.ReadAllText(Path.Combine(SampleArticles, name + ".json")));

    /// <summary>Reads article JSON tolerantly (unknown members kept) and insists that an article came out.</summary>
    public static ClinicalArticle Read(string json)
    {
        var result = ClinicalArticleJson.Read(json, ClinicalArticleJsonOptions.Tolerant);
        return result.Value ?? throw new InvalidOperationException("Test article did not read: " + string.Join("; ", result.Issues));
    }

    /// <summary>
    /// The article with exactly the reported members removed: each pointer must resolve in the article's JSON (a loss report
    /// that names something that is not there fails here), and array elements are removed from the last to the first.
    /// </summary>
    public static ClinicalArticle WithoutLosses(ClinicalArticle article, FhirLossReport losses)
    {
        var root = JsonNode.Parse(ClinicalArticleJson.Write(article))!;
        foreach (var loss in losses.Entries.Reverse())
        {
            Remove(root, loss.Pointer);
        }

        return Read(root.ToJsonString());
    }

    private static void Remove(JsonNode root, string pointer)
    {
        var segments = pointer.Split('/').Skip(1).Select(static s => s.Replace("~1", "/", StringComparison.Ordinal).Replace("~0", "~", StringComparison.Ordinal)).ToArray();
        if (segments.Length == 0)
        {
            throw new InvalidOperationException("A loss cannot be the whole article.");
        }

        var parent = root;
        foreach (var segment in segments[..^1])
        {
            parent = parent switch
            {
                JsonObject o => o[segment] ?? throw new InvalidOperationException($"'{pointer}' does not resolve."),
                JsonArray a => a[int.Parse(segment, System.Globalization.CultureInfo.InvariantCulture)] ?? throw new InvalidOperationException($"'{pointer}' does not resolve."),
                _ => throw new InvalidOperationException($"'{pointer}' does not resolve."),
            };
        }

        var last = segments[^1];
        switch (parent)
        {
            case JsonObject o when o.ContainsKey(last):
                o.Remove(last);
                break;
            case JsonArray a when int.TryParse(last, out var index) && index < a.Count:
                a.RemoveAt(index);
                break;
            default:
                throw new InvalidOperationException($"'{pointer}' does not resolve.");
        }
    }
}
