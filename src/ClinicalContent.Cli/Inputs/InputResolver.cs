using System.Collections.Immutable;
using ClinicalContent.Validation;
using Microsoft.Extensions.FileSystemGlobbing;
using Microsoft.Extensions.FileSystemGlobbing.Abstractions;

namespace ClinicalContent.Cli.Inputs;

/// <summary>
/// Turns the paths typed on the command line into the inputs of a run: files as they are, directories searched
/// recursively for <c>*.json</c> and <c>*.ndjson</c>, glob patterns (<c>*</c>, <c>**</c>) expanded, and <c>-</c>
/// for standard input. The result is sorted by display path (ordinal) and holds each file once.
/// </summary>
internal static class InputResolver
{
    private static readonly StringComparison s_pathComparison =
        OperatingSystem.IsWindows() || OperatingSystem.IsMacOS() ? StringComparison.OrdinalIgnoreCase : StringComparison.Ordinal;

    private static readonly EnumerationOptions s_oneLevel = new()
    {
        RecurseSubdirectories = false,

        // Report unreadable directories instead of skipping them silently; hidden ones (.git …) are skipped.
        IgnoreInaccessible = false,
        AttributesToSkip = FileAttributes.Hidden | FileAttributes.System,
        MatchType = MatchType.Simple,
    };

    /// <summary>Resolves every path.</summary>
    /// <param name="paths">The paths as typed.</param>
    /// <param name="workingDirectory">The directory relative paths are resolved against.</param>
    /// <returns>The inputs, sorted by display path, each file once.</returns>
    public static ImmutableArray<InputTarget> Resolve(IEnumerable<string> paths, string workingDirectory)
    {
        ArgumentNullException.ThrowIfNull(paths);
        var found = new List<InputTarget>();
        foreach (var path in paths)
        {
            ResolveOne(path, workingDirectory, found);
        }

        var seen = new HashSet<string>(StringComparer.FromComparison(s_pathComparison));
        var result = ImmutableArray.CreateBuilder<InputTarget>(found.Count);
        foreach (var input in found.OrderBy(static i => i.DisplayPath, StringComparer.Ordinal))
        {
            var key = input.FullPath ?? input.DisplayPath;
            if (seen.Add(key))
            {
                result.Add(input);
            }
        }

        return result.ToImmutable();
    }

    private static void ResolveOne(string path, string workingDirectory, List<InputTarget> found)
    {
        if (path == "-")
        {
            found.Add(new InputTarget { DisplayPath = InputTarget.StandardInputName, Kind = InputKind.StandardInput });
            return;
        }

        var display = ToDisplay(path);
        var full = Path.GetFullPath(path, workingDirectory);
        if (File.Exists(full))
        {
            found.Add(InputTarget.File(display, full));
        }
        else if (Directory.Exists(full))
        {
            SearchDirectory(display, full, found);
        }
        else if (path.Contains('*', StringComparison.Ordinal))
        {
            ExpandPattern(display, workingDirectory, found);
        }
        else
        {
            found.Add(InputTarget.Unresolved(display, IssueCodes.InputUnreadable, "No such file or directory."));
        }
    }

    private static void SearchDirectory(string display, string full, List<InputTarget> found)
    {
        var prefix = display.TrimEnd('/');
        prefix = prefix is "." or "" && display != "/" ? string.Empty : prefix + "/";
        var before = found.Count;
        var pending = new Stack<string>();
        pending.Push(full);
        while (pending.TryPop(out var directory))
        {
            try
            {
                foreach (var entry in new DirectoryInfo(directory).EnumerateFileSystemInfos("*", s_oneLevel))
                {
                    var shown = prefix + Path.GetRelativePath(full, entry.FullName).Replace('\\', '/');
                    if (entry is DirectoryInfo)
                    {
                        // Symbolic links to directories are not followed: they can loop.
                        if (entry.LinkTarget is null)
                        {
                            pending.Push(entry.FullName);
                        }
                    }
                    else if (IsArticleFile(entry.Name))
                    {
                        found.Add(InputTarget.File(shown, entry.FullName));
                    }
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                var shown = directory == full ? display : prefix + Path.GetRelativePath(full, directory).Replace('\\', '/');
                found.Add(InputTarget.Unresolved(shown, IssueCodes.InputUnreadable, $"The directory could not be read: {exception.Message}"));
            }
        }

        if (found.Count == before)
        {
            found.Add(InputTarget.Unresolved(display, IssueCodes.NoInputFound, "The directory holds no .json or .ndjson file."));
        }
    }

    private static void ExpandPattern(string display, string workingDirectory, List<InputTarget> found)
    {
        // The base is the part before the first segment with a wildcard: 'samples/**/*.json' searches 'samples'.
        var segments = display.Split('/');
        var firstWild = Array.FindIndex(segments, static s => s.Contains('*', StringComparison.Ordinal));
        var basePath = string.Join('/', segments[..firstWild]);
        if (basePath.Length == 0 && display.StartsWith('/'))
        {
            basePath = "/";
        }
        else if (basePath.EndsWith(':'))
        {
            basePath += "/";
        }

        var pattern = string.Join('/', segments[firstWild..]);
        var baseFull = Path.GetFullPath(basePath.Length == 0 ? "." : basePath, workingDirectory);
        var before = found.Count;
        if (Directory.Exists(baseFull))
        {
            try
            {
                var matcher = new Matcher(s_pathComparison);
                matcher.AddInclude(pattern);
                var result = matcher.Execute(new DirectoryInfoWrapper(new DirectoryInfo(baseFull)));
                var prefix = basePath.Length == 0 ? string.Empty : basePath.TrimEnd('/') + "/";
                foreach (var match in result.Files)
                {
                    found.Add(InputTarget.File(prefix + match.Path, Path.GetFullPath(match.Path, baseFull)));
                }
            }
            catch (Exception exception) when (exception is IOException or UnauthorizedAccessException or System.Security.SecurityException)
            {
                found.Add(InputTarget.Unresolved(display, IssueCodes.InputUnreadable, $"The pattern could not be searched: {exception.Message}"));
                return;
            }
        }

        if (found.Count == before)
        {
            found.Add(InputTarget.Unresolved(display, IssueCodes.NoInputFound, "The pattern matched no file."));
        }
    }

    private static bool IsArticleFile(string name) =>
        name.EndsWith(".json", StringComparison.OrdinalIgnoreCase) || name.EndsWith(".ndjson", StringComparison.OrdinalIgnoreCase);

    // Report paths with '/' everywhere; on Unix a backslash is part of a file name and stays.
    private static string ToDisplay(string path) => Path.DirectorySeparatorChar == '\\' ? path.Replace('\\', '/') : path;
}
