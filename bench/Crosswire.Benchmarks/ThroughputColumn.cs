using System.Globalization;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Crosswire.Benchmarks;

/// <summary>Adds an <c>MB/s</c> column: the UTF-8 size of <see cref="MultiNewsCorpus.Articles"/> divided by
/// the mean time of one operation (each benchmark with this config processes the whole corpus once).</summary>
public sealed class MultiNewsThroughputConfig : ManualConfig
{
    /// <summary>Creates the config.</summary>
    public MultiNewsThroughputConfig() => AddColumn(new ThroughputColumn());

    private sealed class ThroughputColumn : IColumn
    {
        private readonly Lazy<long> _bytes = new(() => MultiNewsCorpus.Utf8Bytes);

        public string Id => "MultiNewsMBps";

        public string ColumnName => "MB/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Corpus UTF-8 megabytes (10^6) per second of mean time";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            var statistics = summary[benchmarkCase]?.ResultStatistics;
            return statistics is null || statistics.Mean <= 0
                ? "NA"
                : (_bytes.Value / 1e6 / (statistics.Mean / 1e9)).ToString("F1", CultureInfo.InvariantCulture);
        }

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;
    }
}
