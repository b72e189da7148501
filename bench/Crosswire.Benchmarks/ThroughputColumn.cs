using System.Globalization;
using System.Reflection;
using BenchmarkDotNet.Columns;
using BenchmarkDotNet.Configs;
using BenchmarkDotNet.Reports;
using BenchmarkDotNet.Running;

namespace Crosswire.Benchmarks;

/// <summary>Adds an <c>MB/s</c> column: the UTF-8 size of one operation's input divided by its mean time.
/// The input is the whole of <see cref="BenchData.MultiNewsArticles"/> unless the benchmark method carries
/// <see cref="InputBytesAttribute"/>.</summary>
public sealed class MultiNewsThroughputConfig : ManualConfig
{
    /// <summary>Creates the config.</summary>
    public MultiNewsThroughputConfig() => AddColumn(new ThroughputColumn());

    private sealed class ThroughputColumn : IColumn
    {
        private readonly Lazy<long> _corpusBytes = new(() => BenchData.MultiNewsUtf8Bytes);

        public string Id => "MultiNewsMBps";

        public string ColumnName => "MB/s";

        public bool AlwaysShow => true;

        public ColumnCategory Category => ColumnCategory.Custom;

        public int PriorityInCategory => 0;

        public bool IsNumeric => true;

        public UnitType UnitType => UnitType.Dimensionless;

        public string Legend => "Input UTF-8 megabytes (10^6) per second of mean time";

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase)
        {
            var statistics = summary[benchmarkCase]?.ResultStatistics;
            return statistics is null || statistics.Mean <= 0
                ? "NA"
                : (InputBytes(benchmarkCase) / 1e6 / (statistics.Mean / 1e9)).ToString("F1", CultureInfo.InvariantCulture);
        }

        public string GetValue(Summary summary, BenchmarkCase benchmarkCase, SummaryStyle style) => GetValue(summary, benchmarkCase);

        public bool IsDefault(Summary summary, BenchmarkCase benchmarkCase) => false;

        public bool IsAvailable(Summary summary) => true;

        private long InputBytes(BenchmarkCase benchmarkCase)
        {
            var method = benchmarkCase.Descriptor.WorkloadMethod;
            var attribute = method.GetCustomAttribute<InputBytesAttribute>();
            if (attribute is null)
            {
                return _corpusBytes.Value;
            }

            var property = method.DeclaringType?.GetProperty(attribute.StaticProperty, BindingFlags.Public | BindingFlags.Static)
                ?? throw new InvalidOperationException($"{method.Name}: no public static property {attribute.StaticProperty}");
            return Convert.ToInt64(property.GetValue(null), CultureInfo.InvariantCulture);
        }
    }
}

/// <summary>Names the public static property (on the benchmark class, computed in the host process) that
/// gives the UTF-8 bytes one operation of the benchmark processes, for the MB/s column.</summary>
[AttributeUsage(AttributeTargets.Method)]
public sealed class InputBytesAttribute(string staticProperty) : Attribute
{
    /// <summary>The property's name.</summary>
    public string StaticProperty { get; } = staticProperty;
}
