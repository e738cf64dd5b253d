using System.Text;
using ClinicalContent.Tests.Samples;

namespace ClinicalContent.Tests.Interop.JsonLd;

/// <summary>
/// Golden files for JSON-LD: compares with <c>Golden/&lt;name&gt;.verified.jsonld</c>; on a mismatch writes
/// <c>&lt;name&gt;.received.jsonld</c> beside it and fails. Set <c>CLINICALCONTENT_ACCEPT=1</c> to accept the output.
/// </summary>
internal static class JsonLdGolden
{
    public static string Folder =>
        Path.Combine(SamplePaths.RepositoryRoot, "tests", "ClinicalContent.Tests", "Interop", "JsonLd", "Golden");

    public static void Verify(string name, string actual)
    {
        // The file ends with a newline, as every text file in the repository does; the export itself does not.
        var content = actual + "\n";
        var verified = Path.Combine(Folder, name + ".verified.jsonld");
        var received = Path.Combine(Folder, name + ".received.jsonld");
        var encoding = new UTF8Encoding(encoderShouldEmitUTF8Identifier: false);

        if (Environment.GetEnvironmentVariable("CLINICALCONTENT_ACCEPT") == "1")
        {
            Directory.CreateDirectory(Folder);
            File.WriteAllText(verified, content, encoding);
            File.Delete(received);
            return;
        }

        var expected = File.Exists(verified) ? File.ReadAllText(verified).ReplaceLineEndings("\n") : null;
        if (string.Equals(expected, content, StringComparison.Ordinal))
        {
            File.Delete(received);
            return;
        }

        File.WriteAllText(received, content, encoding);
        Assert.Fail(expected is null
            ? $"{verified} does not exist; the output is in {received}. Review it, then run with CLINICALCONTENT_ACCEPT=1."
            : $"The output differs from {verified} at character {FirstDifference(expected, content)}; see {received}. "
              + "Review the difference, then run with CLINICALCONTENT_ACCEPT=1 to accept it.");
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
