using ClinicalContent.Cli.Tests.Infrastructure;
using ClinicalContent.Schema;

namespace ClinicalContent.Cli.Tests.Commands;

public sealed class SchemaCommandTests
{
    [Fact]
    public async Task Run_Schema_PrintsTheEmbeddedSchemaExactly()
    {
        var run = await CliRunner.RunAsync("schema");

        run.ExitCode.Should().Be(ExitCodes.Ok);
        run.Out.Should().Be(ArticleSchema.Json);
        run.Error.Should().BeEmpty();
    }
}
