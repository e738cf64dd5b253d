using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace ClinicalContent.Benchmarks;

/// <summary>Allocated bytes per operation divided by the <c>ArticleCount</c> parameter: the same figure for every count means flat memory.</summary>
internal sealed class AllocatedPerArticleColumn : IColumn
{
    public string Id => nameof(AllocatedPerArticleColumn);

    public string ColumnName => "Alloc/article";

    public bool AlwaysShow => true;

    public ColumnCategory Category => ColumnCategory.Metric;

    public int PriorityInCategory => 10;

    public bool IsNumeric => true;

    public UnitType UnitType => UnitType.Dimensionless;

    public string Legend => "Allocated memory per operation divided by ArticleCount";

    public bool IsAvailable(Summary summary) => true;

    public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase) => GetValue(summary, benchmarkCase, summary.Style);

    public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style)
    {
        var bytes = summary[benchmarkCase]?.GcStats.GetBytesAllocatedPerOperation(benchmarkCase);
        return bytes is { } allocated && benchmarkCase.Parameters["ArticleCount"] is int count and > 0
            ? string.Create(CultureInfo.InvariantCulture, $"{(double)allocated / count:N0} B")
            : "-";
    }
}
