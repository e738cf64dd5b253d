using System.Text.Json;

namespace ClinicalContent.Conformance;

/// <summary>Finds and reads the official JSON Schema Test Suite (draft 2020-12) next to the repository.</summary>
internal static class TestSuite
{
    /// <summary>The files whose every test must pass: the keywords of the core, applicator and validation
    /// vocabularies (930 tests).</summary>
    public static readonly IReadOnlySet<string> CoreFiles = new HashSet<string>(
        [
            "additionalProperties", "allOf", "anyOf", "boolean_schema", "const", "contains", "content", "default",
            "dependentRequired", "dependentSchemas", "enum", "exclusiveMaximum", "exclusiveMinimum", "format",
            "if-then-else", "infinite-loop-detection", "items", "maxContains", "maxItems", "maxLength",
            "maxProperties", "maximum", "minContains", "minItems", "minLength", "minProperties", "minimum",
            "multipleOf", "not", "oneOf", "pattern", "patternProperties", "prefixItems", "properties",
            "propertyNames", "required", "type", "uniqueItems",
        ],
        StringComparer.Ordinal);

    public const int ExpectedCoreTests = 930;

    public const string RefFile = "ref.json";

    private static readonly Lazy<string?> s_directory = new(FindDirectory);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, IReadOnlyList<SuiteGroup>> s_files = new(StringComparer.Ordinal);

    /// <summary>Where the suite is expected: <c>&lt;repo root&gt;/../shared/testdata/json-schema-test-suite</c>.</summary>
    public static string ExpectedRoot
    {
        get
        {
            var repoRoot = FindRepoRoot() ?? AppContext.BaseDirectory;
            return Path.GetFullPath(Path.Combine(repoRoot, "..", "shared", "testdata", "json-schema-test-suite"));
        }
    }

    /// <summary>The folder holding the draft 2020-12 test files, or null when the suite is absent.</summary>
    public static string? Directory => s_directory.Value;

    public static bool IsCore(string file) => CoreFiles.Contains(Path.GetFileNameWithoutExtension(file));

    /// <summary>The top-level test files (not <c>optional/</c>), by name.</summary>
    public static IReadOnlyList<string> Files() =>
        Directory is null
            ? []
            : [.. System.IO.Directory.GetFiles(Directory, "*.json").Select(Path.GetFileName).Order(StringComparer.Ordinal)!];

    /// <summary>The groups of one test file, read once per test run.</summary>
    public static IReadOnlyList<SuiteGroup> ReadFile(string file) => s_files.GetOrAdd(file, Read);

    private static List<SuiteGroup> Read(string file)
    {
        var path = Path.Combine(Directory ?? throw new InvalidOperationException(MissingMessage), file);
        using var document = JsonDocument.Parse(File.ReadAllBytes(path));
        var groups = new List<SuiteGroup>();
        var index = 0;
        foreach (var group in document.RootElement.EnumerateArray())
        {
            var tests = new List<SuiteTest>();
            foreach (var test in group.GetProperty("tests").EnumerateArray())
            {
                tests.Add(new SuiteTest(
                    test.GetProperty("description").GetString()!,
                    test.GetProperty("data").Clone(),
                    test.GetProperty("valid").GetBoolean()));
            }

            groups.Add(new SuiteGroup(file, index++, group.GetProperty("description").GetString()!, group.GetProperty("schema").Clone(), tests));
        }

        return groups;
    }

    public static string MissingMessage =>
        $"The official JSON Schema Test Suite was not found. It is expected at '{ExpectedRoot}' (draft 2020-12 tests in "
        + "its 'draft2020-12' or 'tests/draft2020-12' folder), next to the repository: <repo root>/../shared/testdata/json-schema-test-suite. "
        + "The conformance tests cannot pass without it.";

    private static string? FindDirectory()
    {
        var root = ExpectedRoot;
        foreach (var candidate in new[] { Path.Combine(root, "tests", "draft2020-12"), Path.Combine(root, "draft2020-12") })
        {
            if (System.IO.Directory.Exists(candidate) && System.IO.Directory.GetFiles(candidate, "*.json").Length > 0)
            {
                return candidate;
            }
        }

        return null;
    }

    private static string? FindRepoRoot()
    {
        for (var directory = new DirectoryInfo(AppContext.BaseDirectory); directory is not null; directory = directory.Parent)
        {
            if (File.Exists(Path.Combine(directory.FullName, "ClinicalContent.sln")))
            {
                return directory.FullName;
            }
        }

        return null;
    }
}

internal sealed record SuiteGroup(string File, int Index, string Description, JsonElement Schema, IReadOnlyList<SuiteTest> Tests);

internal sealed record SuiteTest(string Description, JsonElement Data, bool Valid);
