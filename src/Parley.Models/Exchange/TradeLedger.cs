using System.Collections.Immutable;
using System.Globalization;

namespace Parley.Models.Exchange;

/// <summary>What the trades meant for one actor over the whole run.</summary>
/// <param name="Trades">Trades the actor took part in.</param>
/// <param name="OwnGain">Sum of its equal gains from those trades (salience-weighted outcome shifts).</param>
/// <param name="Benefit">Sum of positive externalities of other actors' trades on it.</param>
/// <param name="Burden">Sum of negative externalities (≤ 0): outcomes moved away from it by trades it had no part in.</param>
public sealed record ActorTradeBalance(string Actor, int Trades, double OwnGain, double Benefit, double Burden)
{
    public double Net => OwnGain + Benefit + Burden;
}

/// <summary>
/// The executed trades of an exchange-model run ranked by gain, and each actor's balance: what it
/// gained by trading and what the others' trades did to it (the externalities).
/// </summary>
public sealed record TradeLedger(ImmutableArray<Trade> Ranked, ImmutableArray<ActorTradeBalance> Actors)
{
    public static TradeLedger From(IReadOnlyList<Trade> trades, IReadOnlyList<string> actorIds)
    {
        var ranked = trades.OrderByDescending(t => t.Gain).ThenBy(t => t.Round).ThenBy(t => t.Sequence).ToImmutableArray();
        var count = new Dictionary<string, int>(StringComparer.Ordinal);
        var own = new Dictionary<string, double>(StringComparer.Ordinal);
        var benefit = new Dictionary<string, double>(StringComparer.Ordinal);
        var burden = new Dictionary<string, double>(StringComparer.Ordinal);
        foreach (var id in actorIds)
        {
            count[id] = 0;
            own[id] = benefit[id] = burden[id] = 0;
        }
        foreach (var t in trades)
        {
            foreach (var side in new[] { t.First, t.Second })
            {
                count[side.Actor]++;
                own[side.Actor] += t.Gain;
            }
            foreach (var effect in t.Effects)
            {
                if (effect.Value > 0) benefit[effect.Actor] += effect.Value;
                else burden[effect.Actor] += effect.Value;
            }
        }
        var actors = actorIds.Select(id => new ActorTradeBalance(id, count[id], own[id], benefit[id], burden[id]))
            .OrderByDescending(a => a.Net).ThenBy(a => a.Actor, StringComparer.Ordinal).ToImmutableArray();
        return new TradeLedger(ranked, actors);
    }

    /// <summary>"PRK moves on denuclearisation 20 → 35, USA on security 60 → 45; gain 0.12 each".</summary>
    public static string Describe(Trade t) =>
        $"{t.First.Actor} moves on {t.First.Gives} {N(t.First.From)} → {N(t.First.To)}, {t.Second.Actor} on {t.Second.Gives} {N(t.Second.From)} → {N(t.Second.To)}; gain {G(t.Gain)} each";

    public static string N(double value) => value.ToString(Math.Abs(value - Math.Round(value)) < 0.05 ? "0" : "0.#", CultureInfo.InvariantCulture);

    public static string G(double value) => value.ToString(Math.Abs(value) >= 0.01 ? "0.00" : "0.####", CultureInfo.InvariantCulture);
}
