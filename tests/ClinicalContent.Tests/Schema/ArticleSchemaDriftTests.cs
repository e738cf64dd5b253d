using System.Text;

namespace ClinicalContent.Tests.Schema;

/// <summary>
/// The committed schema is generated from the model; this test fails when the two drift apart. On a mismatch
/// the generated schema is written next to the committed one as <c>*.received.json</c>; run with
/// <c>CLINICALCONTENT_ACCEPT=1</c> to overwrite the committed file after reviewing the difference.
/// </summary>
public sealed class ArticleSchemaDriftTests
{
    [Fact]
    public void CommittedSchema_GeneratedFromModel_IsIdentical()
    {
        var generated = ArticleSchemaGenerator.Generate();

        if (SchemaTestPaths.Accept)
        {
            File.WriteAllText(SchemaTestPaths.CommittedSchema, generated, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
            File.Delete(SchemaTestPaths.ReceivedSchema);
        }

        var committed = File.Exists(SchemaTestPaths.CommittedSchema) ? File.ReadAllText(SchemaTestPaths.CommittedSchema) : string.Empty;
        if (!string.Equals(committed, generated, StringComparison.Ordinal))
        {
            File.WriteAllText(SchemaTestPaths.ReceivedSchema, generated, new UTF8Encoding(encoderShouldEmitUTF8Identifier: false));
        }
        else
        {
            File.Delete(SchemaTestPaths.ReceivedSchema);
        }

        committed.Should().Be(
            generated,
            "schemas/clinical-article-1.0.schema.json must be regenerated from the model: compare it with {0} and rerun with CLINICALCONTENT_ACCEPT=1 to accept ({1})",
            Path.GetFileName(SchemaTestPaths.ReceivedSchema),
            FirstDifference(committed, generated));
    }

    [Fact]
    public void Generate_RunTwice_GivesTheSameText()
    {
        var first = ArticleSchemaGenerator.Generate();

        var second = ArticleSchemaGenerator.Generate();

        second.Should().Be(first);
    }

    private static string FirstDifference(string committed, string generated)
    {
        var left = committed.Split('\n');
        var right = generated.Split('\n');
        for (var i = 0; i < Math.Max(left.Length, right.Length); i++)
        {
            var a = i < left.Length ? left[i] : "<end of file>";
            var b = i < right.Length ? right[i] : "<end of file>";
            if (!string.Equals(a, b, StringComparison.Ordinal))
            {
                return $"first difference at line {i + 1}: committed `{a.Trim()}`, generated `{b.Trim()}`";
            }
        }

        return "no difference";
    }
}
