namespace ClinicalContent.Cli.Tests.Infrastructure;

/// <summary>Finds the repository by walking up from the test binaries to the folder holding ClinicalContent.sln.</summary>
internal static class RepositoryPaths
{
    private static readonly Lazy<string> s_root = new(FindRoot);

    public static string Root => s_root.Value;

    public static string TestProject => Path.Combine(Root, "tests", "ClinicalContent.Cli.Tests");

    public static string SampleArticles => Path.Combine(Root, "samples", "articles");

    public static string SampleArticle(string name) => Path.Combine(SampleArticles, name);

    public static string PageTextSamples => Path.Combine(Root, "samples", "page-text");

    /// <summary>The page the article model was designed from, kept beside the repository.</summary>
    public static string Seed => Path.GetFullPath(Path.Combine(Root, "..", "shared", "seed", "000_e9714d20a1eb9ac7.txt"));

    private static string FindRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ClinicalContent.sln")))
            {
                return directory.FullName;
            }
        }

        throw new InvalidOperationException($"No ClinicalContent.sln above {AppContext.BaseDirectory}.");
    }
}
