using ClinicalContent.Model;
using ClinicalContent.Schema;
using ClinicalContent.Serialization;
using ClinicalContent.Tests.Samples;

namespace ClinicalContent.Tests.Interop.Csl;

/// <summary>The CSL-JSON input schema and the sample articles, for the CSL tests.</summary>
internal static class CslTestData
{
    private static readonly Lazy<JsonSchema> s_schema = new(static () =>
    {
        var path = SchemaPath;
        if (!File.Exists(path))
        {
            throw new FileNotFoundException(
                $"The CSL-JSON schema was not found. It is expected at '{path}', next to the repository: "
                + "<repo root>/../shared/testdata/csl/csl-data.json (citation-style-language/schema). The CSL tests cannot pass without it.",
                path);
        }

        return JsonSchema.Parse(File.ReadAllBytes(path));
    });

    /// <summary>Where the CSL-JSON schema is expected: <c>&lt;repo root&gt;/../shared/testdata/csl/csl-data.json</c>.</summary>
    public static string SchemaPath =>
        Path.GetFullPath(Path.Combine(SamplePaths.RepositoryRoot, "..", "shared", "testdata", "csl", "csl-data.json"));

    /// <summary>The CSL-JSON schema (draft-07), loaded once; throws, naming the expected path, when it is absent.</summary>
    public static JsonSchema Schema => s_schema.Value;

    /// <summary>The file names of the sample articles, as theory data.</summary>
    public static TheoryData<string> SampleNames
    {
        get
        {
            var data = new TheoryData<string>();
            foreach (var name in SamplePaths.ArticleFileNames())
            {
                data.Add(name);
            }

            return data;
        }
    }

    /// <summary>A sample article, read tolerantly (the seed's dangling citations are content issues, not reading ones).</summary>
    public static ClinicalArticle Sample(string name)
    {
        var result = ClinicalArticleJson.Read(File.ReadAllBytes(Path.Combine(SamplePaths.ArticlesFolder, name)));
        result.Value.Should().NotBeNull("the sample {0} must read", name);
        return result.Value!;
    }
}
