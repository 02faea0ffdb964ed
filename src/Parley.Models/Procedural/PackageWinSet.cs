using System.Collections.Immutable;

namespace Parley.Models.Procedural;

/// <summary>
/// Whether a package deal across dimensions could pass where single issues cannot: the win-set of the
/// status quo in the space of all dimensions at once, under salience-weighted quadratic utilities,
/// for scenarios decided by unanimity of the same members on every dimension. <see cref="Direction"/>
/// (per dimension, in scenario order; 0 where a dimension has no status quo) is a direction of
/// change every veto player gains from when the package win-set is not empty.
/// </summary>
public sealed record PackageWinSet(bool IsEmpty, ImmutableArray<double> Direction, ImmutableArray<string> VetoPlayers);
