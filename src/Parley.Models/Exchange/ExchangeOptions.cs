namespace Parley.Models.Exchange;

/// <summary>
/// Settings of the exchange model. The switches are Decide's departures from a clean reading of
/// the algorithm (docs/models/exchange-model.md, "Departures"): the <c>decide</c> preset keeps
/// them all to reproduce Decide number for number, the <c>parley</c> preset corrects them.
/// Both presets break ties deterministically (Decide flips an unseeded coin).
/// </summary>
public sealed record ExchangeOptions
{
    public const string DecidePreset = "decide";
    public const string ParleyPreset = "parley";

    public string Preset { get; init; } = ParleyPreset;

    /// <summary>Rounds of exchange (Decide's <c>--iterations</c>, default 10; no convergence test).</summary>
    public int Rounds { get; init; } = 10;

    /// <summary>Weight of the negotiated position in the next round's preference, scaled by 1 − salience (Decide: 0.4).</summary>
    public double SalienceWeight { get; init; } = 0.4;

    /// <summary>Fixed weight of the negotiated position in the next round's preference (Decide: 0.1).</summary>
    public double FixedWeight { get; init; } = 0.1;

    /// <summary>
    /// B6/B7: a candidate remembers another exchange's move on its demand issue as the smaller of
    /// two displacements, and the outcome used to cut back an exchange applies the remembered
    /// moves after the actor's own position. Corrected: the latest position, applied consistently.
    /// </summary>
    public bool KeepStaleViews { get; init; }

    /// <summary>
    /// B4/B5: "no reversal within a round" is checked against every move ever computed for that
    /// candidate (stale ones included), and only upward drift is capped. Corrected: against the
    /// moves the actor actually executed on that issue this round.
    /// </summary>
    public bool KeepMoveHistory { get; init; }

    /// <summary>B14: the 1e-10 gain threshold is applied before the no-crossing cut, not after. Corrected: after as well.</summary>
    public bool GainThresholdBeforeCutOnly { get; init; }

    public bool IsDecide => Preset == DecidePreset;

    public static ExchangeOptions Decide { get; } = new()
    {
        Preset = DecidePreset,
        KeepStaleViews = true,
        KeepMoveHistory = true,
        GainThresholdBeforeCutOnly = true,
    };

    public static ExchangeOptions Parley { get; } = new();

    public static ExchangeOptions ForPreset(string preset) => preset == DecidePreset ? Decide : Parley;
}
