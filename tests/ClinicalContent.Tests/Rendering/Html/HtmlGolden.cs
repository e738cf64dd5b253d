using ClinicalContent.Tests.Samples;

namespace ClinicalContent.Tests.Rendering.Html;

/// <summary>
/// Golden files for rendered pages: compares with <c>Golden/&lt;name&gt;.verified.html</c>; on a mismatch writes
/// <c>&lt;name&gt;.received.html</c> beside it and fails. Set <c>CLINICALCONTENT_ACCEPT=1</c> to accept the output.
/// </summary>
internal static class HtmlGolden
{
    public static string Folder =>
        Path.Combine(SamplePaths.RepositoryRoot, "tests", "ClinicalContent.Tests", "Rendering", "Html", "Golden");

    public static void Verify(string name, string actual)
    {
        var verified = Path.Combine(Folder, name + ".verified.html");
        var received = Path.Combine(Folder, name + ".received.html");
        var accept = Environment.GetEnvironmentVariable("CLINICALCONTENT_ACCEPT") == "1";

        if (accept)
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllText(verified, actual);
            File.Delete(received);
            return;
        }

        var expected = File.Exists(verified) ? File.ReadAllText(verified).ReplaceLineEndings("\n") : null;
        if (string.Equals(expected, actual, StringComparison.Ordinal))
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, actual);
        var message = expected is null
            ? $"{verified} does not exist; the output is in {received}. Review it, then run with CLINICALCONTENT_ACCEPT=1."
            : $"The output differs from {verified} at character {FirstDifference(expected, actual)}; see {received}. "
              + "Review the difference, then run with CLINICALCONTENT_ACCEPT=1 to accept it.";
        Assert.Fail(message);
    }

    private static int FirstDifference(string a, string b)
    {
        var length = Math.Min(a.Length, b.Length);
        for (var i = 0; i < length; i++)
        {
            if (a[i] != b[i])
            {
                return i;
            }
        }

        return length;
    }
}
