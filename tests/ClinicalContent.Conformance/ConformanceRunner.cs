using System.Text.Json;
using ClinicalContent.Schema;

namespace ClinicalContent.Conformance;

internal enum Verdict
{
    Passed,
    Refused,
    Failed,
}

/// <summary>The outcome of one suite test.</summary>
internal sealed record TestOutcome(string File, string Group, string Test, bool Expected, Verdict Verdict, bool InvalidAccepted, string Detail)
{
    public DeviationKey Key => new(File, Group, Test);

    public override string ToString() => $"{File} | {Group} | {Test}: {Verdict} (expected {(Expected ? "valid" : "invalid")}) {Detail}";
}

internal readonly record struct DeviationKey(string File, string Group, string Test);

/// <summary>Runs suite groups through the evaluator: load once, evaluate every test on the full and the fast path.</summary>
internal static class ConformanceRunner
{
    private static readonly Lazy<IReadOnlyList<TestOutcome>> s_all = new(RunAll);

    /// <summary>Every outcome of every top-level file, computed once per test run.</summary>
    public static IReadOnlyList<TestOutcome> All => s_all.Value;

    public static IReadOnlyList<TestOutcome> Run(SuiteGroup group)
    {
        JsonSchema schema;
        try
        {
            schema = JsonSchema.Load(group.Schema);
        }
        catch (JsonSchemaLoadException exception)
        {
            return [.. group.Tests.Select(t => new TestOutcome(group.File, group.Description, t.Description, t.Valid, Verdict.Refused, false, exception.Message))];
        }

        var outcomes = new List<TestOutcome>();
        foreach (var test in group.Tests)
        {
            outcomes.Add(Evaluate(group, schema, test));
        }

        return outcomes;
    }

    private static TestOutcome Evaluate(SuiteGroup group, JsonSchema schema, SuiteTest test)
    {
        try
        {
            var result = schema.Evaluate(test.Data);
            var fast = schema.IsValid(test.Data);
            var accepted = result.IsValid || fast;
            var detail = string.Join("; ", result.Errors.Select(e => e.ToString()));
            if (result.IsValid != fast)
            {
                return new TestOutcome(group.File, group.Description, test.Description, test.Valid, Verdict.Failed, !test.Valid && accepted,
                    $"Evaluate says {(result.IsValid ? "valid" : "invalid")} but IsValid says {(fast ? "valid" : "invalid")}");
            }

            var verdict = result.IsValid == test.Valid ? Verdict.Passed : Verdict.Failed;
            return new TestOutcome(group.File, group.Description, test.Description, test.Valid, verdict, !test.Valid && accepted, detail);
        }
        catch (Exception exception) when (exception is not OutOfMemoryException)
        {
            return new TestOutcome(group.File, group.Description, test.Description, test.Valid, Verdict.Failed, false, "threw " + exception);
        }
    }

    private static List<TestOutcome> RunAll()
    {
        var outcomes = new List<TestOutcome>();
        foreach (var file in TestSuite.Files())
        {
            foreach (var group in TestSuite.ReadFile(file))
            {
                outcomes.AddRange(Run(group));
            }
        }

        return outcomes;
    }
}

/// <summary>The checked-in list of known deviations: <c>file | group description | test description | reason</c>.</summary>
internal static class KnownDeviations
{
    private static readonly Lazy<IReadOnlyDictionary<DeviationKey, string>> s_entries = new(Read);

    public static IReadOnlyDictionary<DeviationKey, string> Entries => s_entries.Value;

    private static Dictionary<DeviationKey, string> Read()
    {
        var path = Path.Combine(AppContext.BaseDirectory, "known-deviations.txt");
        var entries = new Dictionary<DeviationKey, string>();
        foreach (var line in File.ReadAllLines(path))
        {
            if (line.Length == 0 || line.StartsWith('#'))
            {
                continue;
            }

            var parts = line.Split(" | ");
            if (parts.Length != 4 || parts.Any(p => p.Trim().Length == 0))
            {
                throw new InvalidDataException($"known-deviations.txt: expected 'file | group | test | reason', got '{line}'.");
            }

            entries.Add(new DeviationKey(parts[0].Trim(), parts[1].Trim(), parts[2].Trim()), parts[3].Trim());
        }

        return entries;
    }
}
