using System.Runtime.CompilerServices;

namespace ClinicalContent.Cli.Tests.Infrastructure;

/// <summary>
/// Compares output with a checked-in <c>Golden/&lt;name&gt;.verified.&lt;ext&gt;</c>. On a mismatch (or when the file is
/// missing) it writes <c>&lt;name&gt;.received.&lt;ext&gt;</c> beside it and fails; with <c>CLINICALCONTENT_ACCEPT=1</c> it
/// writes the verified file instead and passes. Nothing is scrubbed: the output must be deterministic.
/// </summary>
internal static class GoldenFile
{
    private const string AcceptVariable = "CLINICALCONTENT_ACCEPT";

    public static void Verify(string name, string actual, string extension = "json")
    {
        var folder = Path.Combine(RepositoryPaths.TestProject, "Golden");
        var verified = Path.Combine(folder, $"{name}.verified.{extension}");
        var received = Path.Combine(folder, $"{name}.received.{extension}");
        actual = Normalize(actual);

        if (Environment.GetEnvironmentVariable(AcceptVariable) == "1")
        {
            Directory.CreateDirectory(folder);
            File.WriteAllText(verified, actual);
            DeleteIfPresent(received);
            return;
        }

        if (!File.Exists(verified))
        {
            File.WriteAllText(received, actual);
            Fail($"No verified file {verified}. The output was written to {received}; review it and rename it, or rerun with {AcceptVariable}=1.");
        }

        var expected = Normalize(File.ReadAllText(verified));
        if (expected == actual)
        {
            DeleteIfPresent(received);
            return;
        }

        File.WriteAllText(received, actual);
        Fail($"The output differs from {verified} {FirstDifference(expected, actual)}. The output was written to {received}; "
            + $"compare the two, and accept an intended change by rerunning with {AcceptVariable}=1.");
    }

    private static string Normalize(string text) => text.Replace("\r\n", "\n", StringComparison.Ordinal);

    private static string FirstDifference(string expected, string actual)
    {
        var expectedLines = expected.Split('\n');
        var actualLines = actual.Split('\n');
        for (var i = 0; i < Math.Max(expectedLines.Length, actualLines.Length); i++)
        {
            var e = i < expectedLines.Length ? expectedLines[i] : "<end of file>";
            var a = i < actualLines.Length ? actualLines[i] : "<end of file>";
            if (e != a)
            {
                return $"at line {i + 1}:\n  expected: {e}\n  actual:   {a}\n";
            }
        }

        return "(only in line ends)";
    }

    private static void DeleteIfPresent(string path)
    {
        if (File.Exists(path))
        {
            File.Delete(path);
        }
    }

    private static void Fail(string message, [CallerMemberName] string caller = "") =>
        throw new Xunit.Sdk.XunitException($"{caller}: {message}");
}
