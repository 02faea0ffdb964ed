using System.Collections.Immutable;

namespace Parley.Analysis.TrackRecord;

/// <summary>Every scored forecast and the per-model summary, in model order.</summary>
public sealed record TrackRecordResult(ImmutableArray<string> Scenarios, ImmutableArray<ModelRecord> Models, ImmutableArray<ScoredForecast> Forecasts, int Runs, ulong Seed);
