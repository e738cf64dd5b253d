namespace ClinicalContent.Tests.Validation;

/// <summary>Where the repository's samples and docs are, found from the test assembly's folder.</summary>
internal static class ValidationTestPaths
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

    public static string Root => s_root.Value;

    public static string SampleArticles => Path.Combine(Root, "samples", "articles");

    public static string InvalidSamples => Path.Combine(Root, "samples", "invalid");

    public static string IssueCodesDoc => Path.Combine(Root, "docs", "issue-codes.md");

    public static string Sample(string name) => Path.Combine(SampleArticles, name);
}
