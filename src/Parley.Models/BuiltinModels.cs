using Parley.Core.Formats;
using Parley.Models.Baseline;
using Parley.Models.Ensemble;
using Parley.Models.ExpectedUtility;
using Parley.Models.Fitted;
using Parley.Models.Procedural;
using Parley.Models.Settings;
using Parley.Models.Spatial;

namespace Parley.Models;

/// <summary>
/// Parley's own models, each described once. Adding a model: write its class (implementing
/// <see cref="IBargainingModel"/> and any capability interface), declare its settings with a
/// <see cref="SettingsBinder{TOptions}"/>, add a descriptor here and list it in <see cref="All"/>.
/// </summary>
public static class BuiltinModels
{
    /// <summary>The compromise model: the reference every backtest compares with.</summary>
    public static ModelDescriptor Compromise { get; } = Fixed(new CompromiseModel(), colourSlot: 0,
        "capability × salience weighted mean of positions (Achen's compromise model)",
        phrase: "the weighted mean (compromise model)", shortPhrase: "weighted mean");

    public static ModelDescriptor Median { get; } = Fixed(new WeightedMedianModel(), colourSlot: 1,
        "position where cumulative capability × salience reaches half (median voter)",
        phrase: "the weighted median (median voter)", shortPhrase: "weighted median");

    public static ModelDescriptor Nash { get; } = Fixed(new NashBargainingModel(), colourSlot: 2,
        "asymmetric Nash bargaining solution, quadratic utilities, status quo as disagreement point",
        phrase: "the Nash bargaining solution", shortPhrase: "Nash bargaining");

    public static ModelDescriptor ExpectedUtility { get; } = new()
    {
        Id = "eu",
        Name = "Expected utility (Bueno de Mesquita)",
        Summary = "Bueno de Mesquita's challenge model (Scholz et al. 2011), round by round; presets parley (default), jmckib, dmasad, eum",
        ShortPhrase = "expected utility",
        ColourSlot = 4,
        Documentation = "docs/models/expected-utility.md",
        InDefaultEnsemble = true,
        ModelType = typeof(ExpectedUtilityModel),
        Settings = ExpectedUtilitySettings.Binder.Settings,
        Factory = (settings, _) => ExpectedUtilitySettings.Parse(settings).Select(options => (IBargainingModel)new ExpectedUtilityModel(options)),
    };

    public static ModelDescriptor Spatial { get; } = new()
    {
        Id = KtabSmpParameters.ModelId,
        Name = "Spatial Model of Politics (KTAB)",
        Summary = "KTAB's SMP: actors challenge their most profitable target and adopt bargains that win Probabilistic Condorcet Elections, round after round; outcome = final positions weighted by their win probability",
        ShortPhrase = "spatial model",
        ColourSlot = 5,
        Documentation = "docs/models/spatial-model.md",
        InDefaultEnsemble = true,
        ModelType = typeof(SpatialModel),
        Settings = SmpOptions.Binder.Settings,
        Factory = (settings, _) => SpatialModel.Create(settings),
    };

    /// <summary>The compromise model fitted on DEU III: the backtest refits it inside each training fold.</summary>
    public static ModelDescriptor Fitted { get; } = new()
    {
        Id = "fitted",
        Name = "Fitted compromise (snapped)",
        Summary = "compromise with capability^κ × salience^γ weights, moved onto a stated position within the snap distance; parameters fitted on DEU III (fitted-compromise.v1.json)",
        ShortPhrase = "fitted compromise",
        ColourSlot = 6,
        Documentation = "docs/models/README.md",
        FittedOnDeu = true,
        InDefaultEnsemble = true,
        ModelType = typeof(FittedCompromiseModel),
        Settings = FittedSettings.Binder.Settings,
        Factory = (settings, _) => FittedSettings.Create(settings),
    };

    /// <summary>Stokman's position-exchange model: trades across issues; not in the default ensemble (a different kind of answer, slower).</summary>
    public static ModelDescriptor PositionExchange { get; } = new()
    {
        Id = Exchange.ExchangeModel.ModelId,
        Name = "Position exchange (Stokman)",
        Summary = "Stokman & Van Oosten's exchange model as Decide runs it: actors trade positions across issues they weigh differently (equal gain), round by round; outcome = capability × salience weighted mean of voting positions; presets parley (default), decide",
        Phrase = "the position-exchange model",
        ShortPhrase = "exchange",
        ColourSlot = 7,
        Documentation = "docs/models/exchange-model.md",
        RunsOnlyWhenNamed = true,
        ModelType = typeof(Exchange.ExchangeModel),
        Settings = Exchange.ExchangeSettings.Binder.Settings,
        Factory = (settings, _) => Exchange.ExchangeSettings.Create(settings),
    };

    /// <summary>
    /// The procedural (agenda-setter) model: the setter's best point in the win-set of the status
    /// quo. It answers whether the status quo holds more than where a deal lands, so it stays out of
    /// the default ensemble: averaging it in would pull every ensemble toward the status quo.
    /// </summary>
    public static ModelDescriptor Procedural { get; } = Fixed(new ProceduralModel(), colourSlot: 8,
        "agenda setter's best point in the win-set of the status quo under the scenario's decision rule; empty win-set ⇒ status quo (Romer–Rosenthal, Tsebelis)",
        phrase: "the procedural (agenda-setter) model", shortPhrase: "procedural", inDefaultEnsemble: false,
        documentation: "docs/models/procedural-model.md");

    /// <summary>The ensemble: its default members include the fitted model, so it counts as fitted on DEU too.</summary>
    public static ModelDescriptor Ensemble { get; } = new()
    {
        Id = "ensemble",
        Name = "Ensemble",
        Summary = "weighted average of the other models; reports how far they disagree",
        Phrase = "the ensemble of models",
        ShortPhrase = "ensemble",
        ColourSlot = 3,
        Documentation = "docs/models/README.md",
        FittedOnDeu = true,
        CombinesModels = true,
        ModelType = typeof(EnsembleModel),
        Settings = EnsembleFactory.Binder.Settings,
        Factory = EnsembleFactory.Create,
    };

    /// <summary>Every built-in model, in the order tables list them.</summary>
    public static IReadOnlyList<ModelDescriptor> All { get; } = [Compromise, Median, Nash, ExpectedUtility, Spatial, Fitted, PositionExchange, Procedural, Ensemble];

    /// <summary>A model without settings: the factory hands out the one instance (static models keep no state).</summary>
    private static ModelDescriptor Fixed(IBargainingModel model, int colourSlot, string summary, string phrase, string shortPhrase,
        bool inDefaultEnsemble = true, string documentation = "docs/models/baseline-models.md")
    {
        var binder = new SettingsBinder<IBargainingModel>(model.Id, model);
        return new ModelDescriptor
        {
            Id = model.Id,
            Name = model.Name,
            Summary = summary,
            Phrase = phrase,
            ShortPhrase = shortPhrase,
            ColourSlot = colourSlot,
            Documentation = documentation,
            InDefaultEnsemble = inDefaultEnsemble,
            ModelType = model.GetType(),
            Factory = (settings, _) => binder.Bind(settings),
        };
    }
}
