using System.Collections.Immutable;

namespace Parley.Analysis.Power;

/// <summary>
/// A priori voting power of each player. <see cref="ShapleyShubik"/>: the share of orderings in
/// which the player turns a losing coalition into a winning one (sums to 1).
/// <see cref="Banzhaf"/>: the player's share of all swings (normalised, sums to 1);
/// <see cref="BanzhafAbsolute"/>: the probability that the player is decisive when every other
/// player votes yes or no with probability ½ (Penrose–Banzhaf measure).
/// </summary>
public sealed record PowerIndices(
    ImmutableArray<string> Players,
    ImmutableArray<double> ShapleyShubik,
    ImmutableArray<double> Banzhaf,
    ImmutableArray<double> BanzhafAbsolute,
    ImmutableArray<long> Swings,
    string Method)
{
    public int IndexOf(string player) => Players.IndexOf(player);
}
