namespace Parley.Core;

/// <summary>One actor's weight in a weighted vote (Council votes, population share, …).</summary>
public sealed record ActorWeight(string ActorId, double Weight);
