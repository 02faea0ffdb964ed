using Parley.Core.Validation;
using Parley.Models.Settings;

namespace Parley.Models.Fitted;

/// <summary>
/// Settings of <c>--model fitted</c>: the shipped parameters (fitted-compromise.v1.json), each of
/// which a scenario file or <c>--param</c> may override.
/// </summary>
public static class FittedSettings
{
    public const string CapabilityExponent = "capability_exponent";
    public const string SalienceExponent = "salience_exponent";
    public const string SnapDistance = "snap_distance";
    public const string ShareBonus = "share_bonus";

    /// <summary>Every setting, declared once: parsing, <c>parley models fitted</c> and docs/models/baseline-models.md read it.</summary>
    public static SettingsBinder<FittedParameters> Binder { get; } = new SettingsBinder<FittedParameters>("fitted", FittedParameters.Shipped)
        .Number(CapabilityExponent, "κ in the weight capability^κ × salience^γ (κ < 1 damps the largest actors)", 0, double.MaxValue, p => p.CapabilityExponent, (p, v) => p with { CapabilityExponent = v })
        .Number(SalienceExponent, "γ in the weight capability^κ × salience^γ", 0, double.MaxValue, p => p.SalienceExponent, (p, v) => p with { SalienceExponent = v })
        .Number(SnapDistance, "how near a stated position the weighted mean must be to move onto it, as a share of the scale", 0, 1, p => p.SnapDistance, (p, v) => p with { SnapDistance = v }, note: " (a share of the scale)")
        .Number(ShareBonus, "how much a position's weight share counts against its distance when choosing where to snap", 0, double.MaxValue, p => p.ShareBonus, (p, v) => p with { ShareBonus = v });

    public static IReadOnlyList<string> Names => Binder.Names;

    public static ParseResult<IBargainingModel> Create(IReadOnlyDictionary<string, string> settings) =>
        Binder.Bind(settings).Select(p => (IBargainingModel)new FittedCompromiseModel(p));
}
