using BenchmarkDotNet.Running;
using Crosswire.Benchmarks;

if (args.Length > 0 && args[0] == "--scale")
{
    return ClusteringScaleRun.Run(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
