using ClinicalContent.Cli.Commands;
using ClinicalContent.Cli.Reporting;
using ClinicalContent.Validation;

namespace ClinicalContent.Cli.Inputs;

/// <summary>
/// Reads one input and validates each article in it with <see cref="ArticleValidator"/>. Reading failures become
/// <see cref="FileStatus.Unreadable"/> reports and unexpected failures <see cref="FileStatus.Failed"/> ones, so one
/// bad input never stops the run.
/// </summary>
internal sealed class InputChecker
{
    // NDJSON lines are validated in batches: in parallel within a batch, in order across batches, in bounded memory.
    private const int BatchSize = 256;

    private readonly ArticleValidator _validator;
    private readonly int _maxDocumentLength;
    private readonly ValidateCommandOptions _options;
    private readonly CliConsole _console;

    /// <summary>Creates a checker.</summary>
    /// <param name="validator">Validates each article.</param>
    /// <param name="maxDocumentLength">The largest article, in bytes, the validator accepts.</param>
    /// <param name="options">The run's settings.</param>
    /// <param name="console">Gives standard input.</param>
    public InputChecker(ArticleValidator validator, int maxDocumentLength, ValidateCommandOptions options, CliConsole console)
    {
        _validator = validator;
        _maxDocumentLength = maxDocumentLength;
        _options = options;
        _console = console;
    }

    /// <summary>Reads and validates one input.</summary>
    /// <param name="input">The input.</param>
    /// <param name="cancellationToken">Stops the run.</param>
    /// <returns>What was found.</returns>
    public async Task<FileReport> CheckAsync(InputTarget input, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(input);
        try
        {
            switch (input.Kind)
            {
                case InputKind.Json:
                {
                    var stream = OpenFile(input);
                    await using (stream.ConfigureAwait(false))
                    {
                        return await CheckJsonAsync(input.DisplayPath, stream, cancellationToken).ConfigureAwait(false);
                    }
                }

                case InputKind.Ndjson:
                {
                    var stream = OpenFile(input);
                    await using (stream.ConfigureAwait(false))
                    {
                        return await CheckNdjsonAsync(input.DisplayPath, stream, cancellationToken).ConfigureAwait(false);
                    }
                }

                case InputKind.StandardInput:
                    return await CheckStandardInputAsync(input.DisplayPath, _console.OpenStandardInput(), cancellationToken).ConfigureAwait(false);

                default:
                    return FileReport.NotChecked(input.DisplayPath, FileStatus.Unreadable, input.ProblemCode ?? IssueCodes.InputUnreadable, input.Problem ?? "The input could not be read.");
            }
        }
        catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
        {
            return FileReport.NotChecked(input.DisplayPath, FileStatus.Unreadable, IssueCodes.InputUnreadable, $"The input could not be read: {exception.Message}");
        }
        catch (Exception exception) when (exception is not OperationCanceledException)
        {
            return FileReport.NotChecked(
                input.DisplayPath, FileStatus.Failed, IssueCodes.InternalError, $"Validation failed unexpectedly: {exception.GetType().Name}: {exception.Message}");
        }
    }

    private static FileStream OpenFile(InputTarget input) => new(
        input.FullPath!, FileMode.Open, FileAccess.Read, FileShare.Read, bufferSize: 0, FileOptions.Asynchronous | FileOptions.SequentialScan);

    private async Task<FileReport> CheckJsonAsync(string path, Stream stream, CancellationToken cancellationToken)
    {
        var report = await _validator.ValidateAsync(stream, cancellationToken).ConfigureAwait(false);
        return FileReport.Checked(path, 1, report.Issues.Select(issue => ReportedIssue.From(issue, recordLine: null, _options.Strict)));
    }

    private async Task<FileReport> CheckNdjsonAsync(string path, Stream stream, CancellationToken cancellationToken)
    {
        using var reader = new NdjsonLineReader(stream, _maxDocumentLength);
        var issues = new List<ReportedIssue>();
        var batch = new List<(int Number, byte[] Bytes)>(BatchSize);
        var articles = 0;
        while (await reader.ReadLineAsync(cancellationToken).ConfigureAwait(false) is { } line)
        {
            if (line.IsBlank)
            {
                continue;
            }

            articles++;
            batch.Add((line.Number, line.Bytes.ToArray()));
            if (batch.Count == BatchSize)
            {
                ValidateBatch(batch, issues, cancellationToken);
                batch.Clear();
            }
        }

        ValidateBatch(batch, issues, cancellationToken);
        return FileReport.Checked(path, articles, issues);
    }

    private void ValidateBatch(List<(int Number, byte[] Bytes)> batch, List<ReportedIssue> issues, CancellationToken cancellationToken)
    {
        var results = new ReportedIssue[batch.Count][];
        var parallel = new ParallelOptions { MaxDegreeOfParallelism = _options.Jobs, CancellationToken = cancellationToken };
        Parallel.For(0, batch.Count, parallel, i =>
        {
            var (number, bytes) = batch[i];
            var report = _validator.Validate(bytes);
            results[i] = [.. report.Issues.Select(issue => ReportedIssue.From(issue, number, _options.Strict))];
        });
        foreach (var result in results)
        {
            issues.AddRange(result);
        }
    }

    private async Task<FileReport> CheckStandardInputAsync(string path, Stream stdin, CancellationToken cancellationToken)
    {
        var format = _options.StdinFormat;
        var prefix = ReadOnlyMemory<byte>.Empty;
        if (format == StdinFormat.Auto)
        {
            (prefix, var isNdjson) = await SniffAsync(stdin, cancellationToken).ConfigureAwait(false);
            format = isNdjson ? StdinFormat.Ndjson : StdinFormat.Json;
        }

        var stream = new PrefixedStream(prefix, stdin);
        await using (stream.ConfigureAwait(false))
        {
            return format == StdinFormat.Ndjson
                ? await CheckNdjsonAsync(path, stream, cancellationToken).ConfigureAwait(false)
                : await CheckJsonAsync(path, stream, cancellationToken).ConfigureAwait(false);
        }
    }

    /// <summary>
    /// Reads the start of standard input until the first non-blank line and the next non-blank byte after it are
    /// seen. It is NDJSON when that line is a whole object, <c>{</c> … <c>}</c>, and something follows it.
    /// </summary>
    private async Task<(ReadOnlyMemory<byte> Prefix, bool IsNdjson)> SniffAsync(Stream stream, CancellationToken cancellationToken)
    {
        var buffer = new byte[16 * 1024];
        var length = 0;
        var scanned = 0;
        var contentStart = -1;
        var firstLineEnd = -1;
        while (true)
        {
            if (contentStart < 0)
            {
                var found = buffer.AsSpan(scanned, length - scanned).IndexOfAnyExcept(" \t\r\n"u8);
                contentStart = found < 0 ? -1 : scanned + found;
                scanned = found < 0 ? length : contentStart;
            }

            if (contentStart >= 0 && firstLineEnd < 0)
            {
                var found = buffer.AsSpan(scanned, length - scanned).IndexOf((byte)'\n');
                scanned = found < 0 ? length : scanned + found + 1;
                if (found >= 0)
                {
                    firstLineEnd = scanned - 1;
                    var firstLine = buffer.AsSpan(contentStart, firstLineEnd - contentStart).TrimEnd(" \t\r"u8);
                    if (firstLine.Length < 2 || firstLine[0] != (byte)'{' || firstLine[^1] != (byte)'}')
                    {
                        return (buffer.AsMemory(0, length), false);
                    }
                }
            }

            if (firstLineEnd >= 0)
            {
                if (buffer.AsSpan(scanned, length - scanned).IndexOfAnyExcept(" \t\r\n"u8) >= 0)
                {
                    return (buffer.AsMemory(0, length), true);
                }

                scanned = length;
            }

            if (length > _maxDocumentLength)
            {
                return (buffer.AsMemory(0, length), false);
            }

            if (length == buffer.Length)
            {
                Array.Resize(ref buffer, buffer.Length * 2);
            }

            var read = await stream.ReadAsync(buffer.AsMemory(length), cancellationToken).ConfigureAwait(false);
            if (read == 0)
            {
                return (buffer.AsMemory(0, length), false);
            }

            length += read;
        }
    }
}
