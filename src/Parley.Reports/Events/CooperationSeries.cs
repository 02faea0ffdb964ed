using System.Collections.Immutable;

namespace Parley.Reports.Events;

/// <summary>One period of a dyad's event history: its label (<c>2019-07</c>), the value charted (a mean Goldstein score, say) and how many events it rests on.</summary>
public sealed record CooperationPoint(string Period, double Value, int Events = 0);

/// <summary>
/// A dyad's cooperation over time, e.g. "USA → PRK" by month. A neutral input for
/// <see cref="Charts.CooperationChart"/>, so any event store can feed it.
/// </summary>
public sealed record CooperationSeries(string Label, ImmutableArray<CooperationPoint> Points);
