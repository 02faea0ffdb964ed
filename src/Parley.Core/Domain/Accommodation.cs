namespace Parley.Core;

/// <summary>
/// One entry of the ideal-accommodation matrix (KTAB's <c>IdealAdjustment</c>): after every round,
/// the ideal point of <see cref="ActorId"/> moves toward the current position of
/// <see cref="TowardId"/> with weight <see cref="Rate"/> (0–1). Unlisted pairs follow the identity
/// matrix: each actor's ideal is its own current position ("cynical" actors), so an actor that should
/// keep part of its old ideal lists itself with a rate below 1. The rates of one actor may sum to at
/// most 1; the remainder is the weight of its previous ideal.
/// </summary>
public sealed record Accommodation(string ActorId, string TowardId, double Rate);
