using System.Text;
using ClinicalContent.Cli.Output;
using ClinicalContent.Cli.Tests.Infrastructure;

namespace ClinicalContent.Cli.Tests.Output;

public sealed class AtomicFileTests : IDisposable
{
    private readonly TempDirectory _directory = new();

    public void Dispose() => _directory.Dispose();

    [Fact]
    public async Task WriteAsync_creates_the_file_with_the_whole_content_and_leaves_no_temporary_file()
    {
        var target = Path.Combine(_directory.Path, "out.json");

        await AtomicFile.WriteAsync(target, (stream, token) => stream.WriteAsync("{\"a\":1}"u8.ToArray(), token).AsTask(), CancellationToken.None);

        File.ReadAllText(target).Should().Be("{\"a\":1}");
        Directory.GetFiles(_directory.Path).Should().ContainSingle().Which.Should().Be(target);
    }

    [Fact]
    public async Task WriteAsync_replaces_an_existing_file()
    {
        var target = _directory.Write("out.txt", "old content that is longer than the new one");

        await AtomicFile.WriteAsync(target, (stream, token) => stream.WriteAsync("new"u8.ToArray(), token).AsTask(), CancellationToken.None);

        File.ReadAllText(target).Should().Be("new");
    }

    [Fact]
    public async Task WriteAsync_leaves_the_old_file_untouched_when_the_writer_fails_halfway()
    {
        var target = _directory.Write("out.txt", "old");

        var write = () => AtomicFile.WriteAsync(
            target,
            async (stream, token) =>
            {
                await stream.WriteAsync(Encoding.UTF8.GetBytes(new string('x', 200_000)), token);
                throw new IOException("disk full");
            },
            CancellationToken.None);

        await write.Should().ThrowAsync<IOException>().WithMessage("disk full");
        File.ReadAllText(target).Should().Be("old");
        Directory.GetFiles(_directory.Path).Should().ContainSingle("the temporary file is removed");
    }

    [Fact]
    public async Task WriteAsync_creates_nothing_when_cancelled_during_the_write()
    {
        var target = Path.Combine(_directory.Path, "out.txt");
        using var cancellation = new CancellationTokenSource();

        var write = () => AtomicFile.WriteAsync(
            target,
            async (stream, token) =>
            {
                await stream.WriteAsync("partial"u8.ToArray(), token);
                await cancellation.CancelAsync();
            },
            cancellation.Token);

        await write.Should().ThrowAsync<OperationCanceledException>();
        Directory.GetFiles(_directory.Path).Should().BeEmpty();
    }

    [Fact]
    public async Task WriteAsync_reports_a_missing_directory_without_creating_it()
    {
        var target = Path.Combine(_directory.Path, "missing", "out.txt");

        var write = () => AtomicFile.WriteAsync(target, (stream, token) => stream.WriteAsync("x"u8.ToArray(), token).AsTask(), CancellationToken.None);

        (await write.Should().ThrowAsync<DirectoryNotFoundException>()).WithMessage("*missing*does not exist*");
        Directory.Exists(Path.Combine(_directory.Path, "missing")).Should().BeFalse();
    }

    [Fact]
    public async Task WriteAsync_refuses_to_replace_a_directory()
    {
        var target = Path.Combine(_directory.Path, "folder");
        Directory.CreateDirectory(target);

        var write = () => AtomicFile.WriteAsync(target, (stream, token) => stream.WriteAsync("x"u8.ToArray(), token).AsTask(), CancellationToken.None);

        (await write.Should().ThrowAsync<IOException>()).WithMessage("*is a directory*");
        Directory.Exists(target).Should().BeTrue();
    }
}
