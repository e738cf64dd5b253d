using System.Globalization;
using System.Text;
using Xunit.Abstractions;

namespace ClinicalContent.Conformance;

/// <summary>
/// The evaluator against the official JSON Schema Test Suite, draft 2020-12 (top-level files; <c>optional/</c> is
/// not run). Rules: every test of the core keyword files passes; elsewhere each test either has its schema refused
/// at load (fail-closed, counted as "refused", never as passed) or gets the suite's verdict, except for the entries
/// of known-deviations.txt; an instance the suite calls invalid is never accepted.
/// </summary>
public sealed class ConformanceTests(ITestOutputHelper output)
{
    private const string Missing = "(suite missing)";

    public static TheoryData<string, int, string> Groups
    {
        get
        {
            var data = new TheoryData<string, int, string>();
            if (TestSuite.Directory is null)
            {
                // One placeholder row, so the theory is not reported as "no data"; Suite_IsPresent fails instead.
                data.Add(Missing, -1, Missing);
                return data;
            }

            foreach (var file in TestSuite.Files())
            {
                foreach (var group in TestSuite.ReadFile(file))
                {
                    data.Add(file, group.Index, group.Description);
                }
            }

            return data;
        }
    }

    [Fact]
    public void Suite_IsPresent()
    {
        Assert.True(TestSuite.Directory is not null, TestSuite.MissingMessage);
    }

    [Theory]
    [MemberData(nameof(Groups))]
    public void Group_GetsTheSuiteVerdict(string file, int index, string description)
    {
        if (file == Missing)
        {
            return;
        }

        var group = TestSuite.ReadFile(file)[index];
        group.Description.Should().Be(description);
        var outcomes = ConformanceRunner.Run(group);
        var core = TestSuite.IsCore(file);
        var problems = new List<string>();
        foreach (var outcome in outcomes)
        {
            output.WriteLine($"{outcome.Verdict,-7} {outcome.Test}");
            var listed = KnownDeviations.Entries.ContainsKey(outcome.Key);
            if (outcome.InvalidAccepted)
            {
                problems.Add($"accepted an instance the suite calls invalid: {outcome}");
            }
            else if (core && outcome.Verdict != Verdict.Passed)
            {
                problems.Add($"core keyword file: {outcome}");
            }
            else if (outcome.Verdict == Verdict.Failed && !listed)
            {
                problems.Add($"not a known deviation: {outcome}");
            }
            else if (outcome.Verdict != Verdict.Failed && listed)
            {
                problems.Add($"listed in known-deviations.txt but now {outcome.Verdict.ToString().ToLowerInvariant()}; remove the entry: {outcome}");
            }
        }

        problems.Should().BeEmpty();
    }

    [Fact]
    public void Suite_Figures()
    {
        if (TestSuite.Directory is null)
        {
            // Suite_IsPresent reports the missing suite.
            return;
        }

        var all = ConformanceRunner.All;
        var core = all.Where(o => TestSuite.IsCore(o.File)).ToList();
        var coreFiles = core.Select(o => Path.GetFileNameWithoutExtension(o.File)).Distinct().Count();
        var refLocal = all.Where(o => o.File == TestSuite.RefFile && o.Verdict != Verdict.Refused).ToList();
        var refTotal = all.Count(o => o.File == TestSuite.RefFile);
        var passed = all.Count(o => o.Verdict == Verdict.Passed);
        var refused = all.Count(o => o.Verdict == Verdict.Refused);
        var failed = all.Where(o => o.Verdict == Verdict.Failed).ToList();
        var invalidAccepted = all.Count(o => o.InvalidAccepted);

        var report = new StringBuilder();
        report.AppendLine(CultureInfo.InvariantCulture, $"JSON Schema Test Suite, draft 2020-12, at {TestSuite.Directory}");
        report.AppendLine(CultureInfo.InvariantCulture, $"core keyword files ({coreFiles} files): {core.Count(o => o.Verdict == Verdict.Passed)}/{core.Count} passed (expected {TestSuite.ExpectedCoreTests} tests)");
        report.AppendLine(CultureInfo.InvariantCulture, $"ref.json, cases with local references (schema accepted at load): {refLocal.Count(o => o.Verdict == Verdict.Passed)}/{refLocal.Count} passed ({refTotal - refLocal.Count} of {refTotal} refused at load)");
        report.AppendLine(CultureInfo.InvariantCulture, $"whole folder ({TestSuite.Files().Count} files, {all.Count} tests): {passed} passed, {refused} refused at load, {failed.Count} failed, {invalidAccepted} invalid accepted");
        foreach (var file in all.GroupBy(o => o.File))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"  {file.Key,-32} {file.Count(o => o.Verdict == Verdict.Passed),4} passed {file.Count(o => o.Verdict == Verdict.Refused),4} refused {file.Count(o => o.Verdict == Verdict.Failed),4} failed");
        }

        foreach (var reason in all.Where(o => o.Verdict == Verdict.Refused).GroupBy(o => o.File + ": " + o.Group).Select(g => g.First()))
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"  refused: {reason.File} | {reason.Group} | {reason.Detail}");
        }

        foreach (var failure in failed)
        {
            report.AppendLine(CultureInfo.InvariantCulture, $"  failed: {failure}");
        }

        output.WriteLine(report.ToString());
        Console.WriteLine(report.ToString());

        core.Should().HaveCount(TestSuite.ExpectedCoreTests, "the core keyword files hold 930 tests");
        core.Should().OnlyContain(o => o.Verdict == Verdict.Passed, "every test of the core keyword files must pass");
        refLocal.Should().OnlyContain(o => o.Verdict == Verdict.Passed, "every ref.json case with local references must pass");
        invalidAccepted.Should().Be(0, "an instance the suite calls invalid must never be accepted");
        failed.Select(o => o.Key).Should().BeEquivalentTo(KnownDeviations.Entries.Keys, "failures and known-deviations.txt must agree");
    }

    [Fact]
    public void KnownDeviations_HaveNoCoreEntries()
    {
        KnownDeviations.Entries.Keys.Should().NotContain(k => TestSuite.IsCore(k.File), "the core keyword files may have no known deviations");
    }
}
