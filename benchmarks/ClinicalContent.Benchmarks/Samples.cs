using ClinicalContent.Model;
using ClinicalContent.Serialization;

namespace ClinicalContent.Benchmarks;

/// <summary>Finds the sample articles the benchmarks run on: samples/articles next to ClinicalContent.sln.</summary>
internal static class Samples
{
    public static string ArticlesDirectory { get; } = Find();

    public static byte[] ReadBytes(string fileName) => File.ReadAllBytes(Path.Combine(ArticlesDirectory, fileName));

    /// <summary>Reads an article that must at least build; benchmarks measure reading, not what validation thinks of it.</summary>
    public static ClinicalArticle Read(byte[] utf8Json, string name)
        => ClinicalArticleJson.Read(utf8Json).Value
            ?? throw new InvalidOperationException($"{name} did not read as an article.");

    /// <summary>Every sample article, in file-name order.</summary>
    public static ClinicalArticle[] ReadAll()
        => [.. Directory.GetFiles(ArticlesDirectory, "*.json")
            .Order(StringComparer.Ordinal)
            .Select(path => Read(File.ReadAllBytes(path), Path.GetFileName(path)))];

    private static string Find()
    {
        // Benchmarks run from BenchmarkDotNet's generated project under bin/, so walk up from there and from the
        // working directory.
        foreach (var start in new[] { AppContext.BaseDirectory, Environment.CurrentDirectory })
        {
            for (var directory = new DirectoryInfo(start); directory is not null; directory = directory.Parent)
            {
                if (File.Exists(Path.Combine(directory.FullName, "ClinicalContent.sln")))
                {
                    return Path.Combine(directory.FullName, "samples", "articles");
                }
            }
        }

        throw new DirectoryNotFoundException("No ClinicalContent.sln above the benchmark or the working directory.");
    }
}
