using Parley.Models.Settings;

namespace Parley.Models.Tests.Catalog;

/// <summary>
/// A toy model that lives only in the tests, to show what adding a model takes: this one class and
/// its <see cref="Descriptor"/>. The outcome is halfway between the lowest and the highest position
/// of the actors with weight, moved by <see cref="Shift"/> and kept on the scale. (Linked into
/// Parley.Cli.Tests, which shows it in <c>parley models</c>, charts and the report.)
/// </summary>
public sealed class MidrangeModel(double shift = 0) : DimensionwiseModel
{
    public static readonly SettingsBinder<MidrangeModel> Settings = new SettingsBinder<MidrangeModel>("midrange", new MidrangeModel())
        .Number("shift", "points added to the midrange, kept on the scale", -50, 50, m => m.Shift, (_, v) => new MidrangeModel(v));

    public static ModelDescriptor Descriptor { get; } = new()
    {
        Id = "midrange",
        Name = "Midrange (toy)",
        Summary = "halfway between the extreme positions of the actors with weight",
        Phrase = "the midrange toy model",
        ShortPhrase = "midrange",
        ColourSlot = 9,
        InDefaultEnsemble = true,
        ModelType = typeof(MidrangeModel),
        Settings = Settings.Settings,
        Factory = (settings, _) => Settings.Bind(settings).Select(m => (IBargainingModel)m),
    };

    public double Shift { get; } = shift;

    public override string Id => "midrange";

    public override string Name => "Midrange (toy)";

    public override double Solve(DimensionView d)
    {
        double low = double.PositiveInfinity, high = double.NegativeInfinity;
        for (int i = 0; i < d.Count; i++)
        {
            if (!(d.Weight(i) > 0)) continue;
            low = Math.Min(low, d.Positions[i]);
            high = Math.Max(high, d.Positions[i]);
        }
        if (low > high) return double.NaN;
        return Math.Clamp((low + high) / 2 + Shift, d.ScaleMin, d.ScaleMax);
    }
}
