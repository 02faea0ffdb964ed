using BenchmarkDotNet.Running;
using Parley.Benchmarks.Events;

// Run all: dotnet run -c Release --project bench/Parley.Benchmarks -- --filter '*'
// One class: dotnet run -c Release --project bench/Parley.Benchmarks -- --filter '*Baseline*'
// Peak memory of one import: dotnet run -c Release --project bench/Parley.Benchmarks -- events-rss 1000000 duckdb
if (args.Length > 0 && args[0] == "events-rss") return EventsMemoryProbe.Run(args);
// One timed exchange-model run per size, no harness: dotnet run -c Release --project bench/Parley.Benchmarks -- exchange-probe 200x20
if (args.Length > 0 && args[0] == "exchange-probe") return Parley.Benchmarks.ExchangeProbe.Run(args);
BenchmarkSwitcher.FromAssembly(typeof(Program).Assembly).Run(args);
return 0;
