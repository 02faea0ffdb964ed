using Parley.Core.Validation;
using Parley.Models.Settings;

namespace Parley.Models.Exchange;

/// <summary>Settings of <c>--model exchange</c>: <c>preset</c> (parley or decide) and <c>rounds</c>.</summary>
public static class ExchangeSettings
{
    public const string Preset = "preset";
    public const string Rounds = "rounds";

    /// <summary>
    /// Every setting, declared once. The preset is read first and replaces the whole option set
    /// (keeping the rounds), so <c>rounds</c> applies on top of either preset.
    /// </summary>
    public static SettingsBinder<ExchangeOptions> Binder { get; } = new SettingsBinder<ExchangeOptions>("exchange", ExchangeOptions.ForPreset(ExchangeOptions.ParleyPreset))
        .Choice(Preset, "decide reproduces Decide number for number (its departures included); parley corrects them",
            [(ExchangeOptions.ParleyPreset, ExchangeOptions.ParleyPreset), (ExchangeOptions.DecidePreset, ExchangeOptions.DecidePreset)],
            o => o.Preset, (o, preset) => ExchangeOptions.ForPreset(preset) with { Rounds = o.Rounds },
            error: text => $"preset must be 'parley' or 'decide', found '{text}'")
        .Integer(Rounds, "rounds of exchange (Decide's --iterations; no convergence test)", 1, 1000, o => o.Rounds, (o, r) => o with { Rounds = r });

    public static IReadOnlyList<string> Names => Binder.Names;

    public static ParseResult<ExchangeOptions> Parse(IReadOnlyDictionary<string, string> settings) => Binder.Bind(settings);

    public static ParseResult<IBargainingModel> Create(IReadOnlyDictionary<string, string> settings) =>
        Parse(settings).Select(options => (IBargainingModel)new ExchangeModel(options));
}
