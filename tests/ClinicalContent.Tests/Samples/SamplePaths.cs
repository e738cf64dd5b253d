namespace ClinicalContent.Tests.Samples;

/// <summary>Where the repository's sample files are, found from the test's output folder.</summary>
internal static class SamplePaths
{
    private static readonly Lazy<string> s_repositoryRoot = new(static () =>
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

    /// <summary>The folder that holds ClinicalContent.sln.</summary>
    public static string RepositoryRoot => s_repositoryRoot.Value;

    /// <summary>samples/articles.</summary>
    public static string ArticlesFolder => Path.Combine(RepositoryRoot, "samples", "articles");

    /// <summary>The file names of the sample articles present now, sorted.</summary>
    public static IReadOnlyList<string> ArticleFileNames() =>
        Directory.Exists(ArticlesFolder)
            ? [.. Directory.EnumerateFiles(ArticlesFolder, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal)]
            : [];
}
