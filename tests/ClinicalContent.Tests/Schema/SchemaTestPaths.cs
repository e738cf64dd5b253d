namespace ClinicalContent.Tests.Schema;

/// <summary>Where the schema tests find the repository's files.</summary>
internal static class SchemaTestPaths
{
    private static readonly Lazy<string> s_repositoryRoot = new(FindRepositoryRoot);

    /// <summary>The folder that holds ClinicalContent.sln.</summary>
    public static string RepositoryRoot => s_repositoryRoot.Value;

    /// <summary>The committed article schema.</summary>
    public static string CommittedSchema => Path.Combine(RepositoryRoot, "schemas", "clinical-article-1.0.schema.json");

    /// <summary>Where a mismatching generated schema is written for review; ignored by git (<c>*.received.*</c>).</summary>
    public static string ReceivedSchema => Path.Combine(RepositoryRoot, "schemas", "clinical-article-1.0.schema.received.json");

    /// <summary>The valid sample articles.</summary>
    public static string SampleArticles => Path.Combine(RepositoryRoot, "samples", "articles");

    /// <summary>True when <c>CLINICALCONTENT_ACCEPT=1</c>: golden files are overwritten instead of compared.</summary>
    public static bool Accept => Environment.GetEnvironmentVariable("CLINICALCONTENT_ACCEPT") == "1";

    private static string FindRepositoryRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ClinicalContent.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No folder above {AppContext.BaseDirectory} holds ClinicalContent.sln.");
    }
}
