using System.Collections.Immutable;
using Parley.Analysis.Backtest.Deu;
using Parley.Models;

namespace Parley.Analysis.Backtest.Fitting;

/// <summary>
/// One scored DEU issue as the candidate forecasters see it: positions, saliences (fractions),
/// capabilities of the base scheme, reference point, the institutions' positions and the
/// forecasts of the catalog models (which have no parameters, so using them inside
/// cross-validation leaks nothing).
/// </summary>
public sealed record IssueFeatures(
    DeuIssue Issue,
    double Outcome,
    ImmutableArray<string> Actors,
    ImmutableArray<double> Positions,
    ImmutableArray<double> Saliences,
    ImmutableArray<double> Capabilities,
    ImmutableDictionary<string, double> ModelForecasts)
{
    public double ReferencePoint => Issue.ReferencePoint ?? double.NaN;

    public double PositionOf(string actor)
    {
        int i = Actors.IndexOf(actor);
        return i < 0 ? double.NaN : Positions[i];
    }

    public DimensionView View(double[] capabilities) =>
        new(Positions.AsSpan(), Saliences.AsSpan(), capabilities, 0, 100, ReferencePoint);

    public DimensionView View() => View([.. Capabilities]);
}
