using BenchmarkDotNet.Running;

// Run all: dotnet run -c Release --project bench/Parley.Benchmarks -- --filter '*'
// One class: dotnet run -c Release --project bench/Parley.Benchmarks -- --filter '*Baseline*'
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
