using BenchmarkDotNet.Running;
using Crosswire.Benchmarks;
using Crosswire.Benchmarks.Load;

// --scale: the clustering scale run (see ClusteringScaleRun); --load: the web server load generator (see
// WebLoadGenerator); anything else goes to BenchmarkDotNet.
if (args.Length > 0 && args[0] == "--scale")
{
    return ClusteringScaleRun.Run(args);
}

if (args.Length > 0 && args[0] == "--load")
{
    return await WebLoadGenerator.RunAsync(args);
}

BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
