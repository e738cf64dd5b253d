namespace ClinicalContent.Cli.Output;

/// <summary>
/// Writes a file so that readers see either its old content or the whole new content, never a part: the bytes go to a
/// temporary file beside the target, are flushed to disk, and the temporary file is then renamed over the target.
/// </summary>
/// <remarks>
/// A rename within one directory is atomic on POSIX file systems and on NTFS, so a process killed at any point leaves
/// the target as it was (and at worst a stray temporary file named <c>.NAME.RANDOM.tmp</c>, which a failed write that
/// is still running removes itself). The temporary file lives in the target's directory because a rename across file
/// systems would be a copy.
/// </remarks>
internal static class AtomicFile
{
    /// <summary>Writes <paramref name="path"/> atomically with whatever <paramref name="write"/> puts into the stream.</summary>
    /// <param name="path">The target file; its directory must exist. An existing file is replaced.</param>
    /// <param name="write">Writes the whole content; if it throws, the target is left untouched.</param>
    /// <param name="cancellationToken">Stops the write; the target is then left untouched.</param>
    /// <returns>A task that completes once the content is in place.</returns>
    public static async Task WriteAsync(string path, Func<Stream, CancellationToken, Task> write, CancellationToken cancellationToken)
    {
        ArgumentException.ThrowIfNullOrEmpty(path);
        ArgumentNullException.ThrowIfNull(write);
        var fullPath = Path.GetFullPath(path);
        var directory = Path.GetDirectoryName(fullPath) ?? throw new IOException($"'{path}' has no directory.");
        if (Directory.Exists(fullPath))
        {
            throw new IOException($"'{path}' is a directory.");
        }

        if (!Directory.Exists(directory))
        {
            throw new DirectoryNotFoundException($"The directory '{directory}' does not exist.");
        }

        var temporary = Path.Combine(directory, $".{Path.GetFileName(fullPath)}.{Path.GetRandomFileName()}.tmp");
        var renamed = false;
        try
        {
            var stream = new FileStream(temporary, new FileStreamOptions
            {
                Mode = FileMode.CreateNew,
                Access = FileAccess.Write,
                Share = FileShare.None,
                Options = FileOptions.Asynchronous,
                BufferSize = 64 * 1024,
            });
            await using (stream.ConfigureAwait(false))
            {
                await write(stream, cancellationToken).ConfigureAwait(false);
                cancellationToken.ThrowIfCancellationRequested();
                await stream.FlushAsync(cancellationToken).ConfigureAwait(false);

                // Without this the rename can reach the disk before the data, and a power cut leaves an empty file.
                stream.Flush(flushToDisk: true);
            }

            File.Move(temporary, fullPath, overwrite: true);
            renamed = true;
        }
        finally
        {
            if (!renamed)
            {
                TryDelete(temporary);
            }
        }
    }

    private static void TryDelete(string path)
    {
        try
        {
            File.Delete(path);
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException)
        {
            // The write has already failed and that failure is what the caller reports; a stray temporary file is
            // named so that nobody mistakes it for the output.
        }
    }
}
