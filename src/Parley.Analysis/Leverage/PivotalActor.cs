namespace Parley.Analysis.Leverage;

/// <summary>
/// The actor holding the weighted median on a dimension: moving it moves the median voter outcome
/// one for one, while moving anyone else a little changes nothing.
/// </summary>
public sealed record PivotalActor(string Dimension, string Actor, double Position);
