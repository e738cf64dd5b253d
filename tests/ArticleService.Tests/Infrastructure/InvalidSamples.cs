using System.Text.Json.Nodes;

namespace ArticleService.Tests.Infrastructure;

/// <summary>The cases of samples/invalid: each case's bytes and the codes and pointers it must report.</summary>
internal static class InvalidSamples
{
    public static byte[] Bytes(string caseName) => File.ReadAllBytes(Path.Combine(RepositoryPaths.InvalidSamples, caseName + ".json"));

    public static IReadOnlyList<(string Code, string Pointer)> Expected(string caseName)
    {
        var expected = JsonNode.Parse(File.ReadAllText(Path.Combine(RepositoryPaths.InvalidSamples, caseName + ".expected.json")))!;
        return [.. expected["issues"]!.AsArray().Select(static issue => (issue!["code"]!.GetValue<string>(), issue["pointer"]!.GetValue<string>()))];
    }
}
