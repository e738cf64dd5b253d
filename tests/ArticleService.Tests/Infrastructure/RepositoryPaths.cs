namespace ArticleService.Tests.Infrastructure;

/// <summary>Finds the repository's sample files by walking up from the test binaries to ClinicalContent.sln.</summary>
internal static class RepositoryPaths
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

        throw new InvalidOperationException($"No ClinicalContent.sln above {AppContext.BaseDirectory}.");
    });

    public static string Root => s_root.Value;

    public static string SampleArticles => Path.Combine(Root, "samples", "articles");

    public static string InvalidSamples => Path.Combine(Root, "samples", "invalid");

    /// <summary>A file of this project's Fixtures folder, as copied next to the test binaries.</summary>
    public static string Fixture(string name) => Path.Combine(AppContext.BaseDirectory, "Fixtures", name);

    /// <summary>The file names of samples/articles/*.json, sorted.</summary>
    public static IEnumerable<string> SampleArticleFileNames()
        => Directory.EnumerateFiles(SampleArticles, "*.json").Select(Path.GetFileName).OfType<string>().Order(StringComparer.Ordinal);

    /// <summary>The case names of samples/invalid (the file names without <c>.json</c>), sorted.</summary>
    public static IEnumerable<string> InvalidCaseNames()
        => Directory.EnumerateFiles(InvalidSamples, "*.json")
            .Select(Path.GetFileName)
            .OfType<string>()
            .Where(static name => !name.EndsWith(".expected.json", StringComparison.Ordinal))
            .Select(static name => name[..^".json".Length])
            .Order(StringComparer.Ordinal);
}
