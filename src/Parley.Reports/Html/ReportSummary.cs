using System.Globalization;
using Parley.Analysis.Leverage;
using Parley.Core;
using Parley.Models;
using Parley.Reports.Charts;

namespace Parley.Reports.Html;

/// <summary>
/// The report's opening in plain words: for each dimension, where the headline model puts it with
/// its 5–95 % range, what the other models say, and which nudge moves it most. Built from numbers
/// only, so the same data always gives the same sentences.
/// </summary>
public static class ReportSummary
{
    public static IReadOnlyList<string> Sentences(ReportData data)
    {
        var scenario = data.Scenario;
        var sentences = new List<string>();
        for (int k = 0; k < scenario.Dimensions.Count; k++)
        {
            var dimension = scenario.Dimensions[k];
            double outcome = data.HeadlineForecast.Dimensions[k].Outcome;
            var spread = data.Simulation[data.Headline, k];
            var text = new System.Text.StringBuilder();
            text.Append(Capitalise(ModelPhrase(data.HeadlineModel.Id, data.HeadlineModel.Name, data.Catalog)))
                .Append(" puts ").Append(Lower(dimension.Label)).Append(" at ").Append(N(outcome));
            if (data.Simulation.UncertainInputCount > 0 && spread.P95 - spread.P05 > 0)
            {
                text.Append(" (5–95 %: ").Append(N(spread.P05)).Append('–').Append(N(spread.P95)).Append(')');
            }
            if (dimension.NearestAnchor(outcome) is { } anchor)
            {
                text.Append(", closest to “").Append(TrimLabel(anchor.Label)).Append("” (").Append(N(anchor.Value)).Append(')');
            }
            if (dimension.StatusQuo is { } sq) text.Append("; the status quo is ").Append(N(sq));
            text.Append('.');
            var others = data.Forecasts.Where((_, m) => m != data.Headline).Select(f => $"{ShortPhrase(f.ModelId, data.Catalog)} {N(f.Dimensions[k].Outcome)}").ToList();
            if (others.Count > 0) text.Append(" Other models: ").Append(string.Join(", ", others)).Append('.');
            var lever = LeverageChart.Levers(data.Leverage, dimension.Id).FirstOrDefault();
            if (lever is not null && lever.Largest > 0)
            {
                var strongest = lever.Rows.OrderByDescending(r => Math.Abs(r.Shift)).First();
                text.Append(' ').Append(Possessive(lever.Actor)).Append(' ').Append(lever.Parameter.ToString().ToLowerInvariant())
                    .Append(" is the largest lever: ").Append(Nudge(strongest)).Append(" moves the forecast by ")
                    .Append(strongest.Shift.ToString("+0.0;−0.0;0.0", CultureInfo.InvariantCulture)).Append('.');
            }
            sentences.Add(text.ToString());
        }
        return sentences;
    }

    /// <summary>How a model is named in running text.</summary>
    /// <summary>How a model is named in running text: its descriptor's phrase, else its own name.</summary>
    public static string ModelPhrase(string id, string name, ModelCatalog? catalog = null) =>
        (catalog ?? ModelCatalog.Builtin).Lookup(id)?.Phrase ?? name;

    /// <summary>The short form in lists: its descriptor's short phrase, else its id.</summary>
    public static string ShortPhrase(string id, ModelCatalog? catalog = null) =>
        (catalog ?? ModelCatalog.Builtin).Lookup(id)?.ShortPhrase ?? id;

    private static string Nudge(LeverageRow r) => r.Parameter switch
    {
        LeverageParameter.Capability => $"a {Math.Abs(r.Delta * 100).ToString("0", CultureInfo.InvariantCulture)} % {(r.Delta < 0 ? "cut" : "rise")} in capability",
        LeverageParameter.Salience => $"salience {N(r.From)} → {N(r.To)}",
        _ => $"position {N(r.From)} → {N(r.To)}",
    };

    private static string Possessive(string actor) => actor.EndsWith('s') ? actor + "’" : actor + "’s";

    private static string TrimLabel(string label) => label.Length <= 70 ? label : label[..label.LastIndexOf(' ', 69)] + "…";

    private static string Lower(string label) => label.Length > 1 && char.IsUpper(label[0]) && !char.IsUpper(label[1]) ? char.ToLowerInvariant(label[0]) + label[1..] : label;

    private static string Capitalise(string text) => text.Length == 0 ? text : char.ToUpperInvariant(text[0]) + text[1..];

    private static string N(double value) => value.ToString("0.#", CultureInfo.InvariantCulture);
}
