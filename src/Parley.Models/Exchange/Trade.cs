using System.Collections.Immutable;

namespace Parley.Models.Exchange;

/// <summary>
/// One side of an executed trade, by id and on the dimension's own scale: <see cref="Actor"/>
/// gives ground on <see cref="Gives"/>, moving from <see cref="From"/> to <see cref="To"/>, to
/// gain on <see cref="Gets"/>.
/// </summary>
public sealed record TradeSide(string Actor, string Gives, string Gets, double From, double To, bool Cut);

/// <summary>An externality of a trade on a third actor (positive: the outcomes moved toward it).</summary>
public sealed record TradeEffect(string Actor, double Value, bool Inner);

/// <summary>
/// An exchange the model executed, as an analyst reads it: who moved where, the equal gain both
/// made, and what it did to everybody else.
/// </summary>
public sealed record Trade(
    int Round, int Sequence, double Gain, TradeSide First, TradeSide Second,
    Externalities Externalities, ImmutableArray<TradeEffect> Effects)
{
    public static Trade From(ExecutedExchange x, ExchangeInput input)
    {
        TradeSide Side(ExchangeSide s) => new(input.ActorIds[s.Actor], input.IssueIds[s.SupplyIssue], input.IssueIds[s.DemandIssue],
            input.Denormalize(s.SupplyIssue, s.Start), input.Denormalize(s.SupplyIssue, s.Voting), s.Cut);
        var effects = ImmutableArray.CreateBuilder<TradeEffect>();
        for (int k = 0; k < x.ExternalityByActor.Length; k++)
        {
            if (k == x.I.Actor || k == x.J.Actor) continue;
            double v = x.ExternalityByActor[k];
            if (v == 0) continue;
            effects.Add(new TradeEffect(input.ActorIds[k], v, x.InnerByActor[k]));
        }
        return new Trade(x.Round, x.Sequence, x.Gain, Side(x.I), Side(x.J), x.Externalities, effects.ToImmutable());
    }
}
