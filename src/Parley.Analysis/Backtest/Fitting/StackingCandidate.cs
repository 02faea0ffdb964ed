using System.Globalization;
using MathNet.Numerics.LinearAlgebra;
using Parley.Analysis.Power;
using Parley.Models;

namespace Parley.Analysis.Backtest.Fitting;

/// <summary>
/// Stacking by least absolute deviations: the forecast is a linear combination of the catalog
/// models' forecasts and of the reference point's, Commission's and Parliament's distances from
/// the compromise (0 where missing), with coefficients minimising training MAE (iteratively
/// reweighted least squares, 100 steps, a small ridge for stability). Clipped to 0–100.
/// </summary>
public sealed class StackingCandidate(IReadOnlyList<string> models) : ForecastCandidate
{
    public override string Id => "stack-lad";

    public override string Description => "least-absolute-deviation stacking of " + string.Join(", ", models) + " plus reference point, Commission and Parliament offsets";

    private double[] Row(IssueFeatures t)
    {
        double mean = t.ModelForecasts[BuiltinModels.Compromise.Id];
        var row = new List<double> { 1 };
        foreach (var m in models) row.Add(t.ModelForecasts.TryGetValue(m, out double f) && double.IsFinite(f) ? f : mean);
        row.Add(double.IsNaN(t.ReferencePoint) ? 0 : t.ReferencePoint - mean);
        double com = t.PositionOf(LegislativeGamePower.Commission), ep = t.PositionOf(LegislativeGamePower.Parliament);
        row.Add(double.IsNaN(com) ? 0 : com - mean);
        row.Add(double.IsNaN(ep) ? 0 : ep - mean);
        return [.. row];
    }

    public override FittedForecaster Fit(IReadOnlyList<IssueFeatures> training)
    {
        var rows = training.Select(Row).ToArray();
        int p = rows[0].Length;
        var x = Matrix<double>.Build.DenseOfRowArrays(rows);
        var y = Vector<double>.Build.DenseOfEnumerable(training.Select(t => t.Outcome));
        var beta = Vector<double>.Build.Dense(p);
        var weights = Vector<double>.Build.Dense(training.Count, 1.0);
        for (int iteration = 0; iteration < 100; iteration++)
        {
            var xw = x.Clone();
            for (int r = 0; r < xw.RowCount; r++) xw.SetRow(r, x.Row(r) * weights[r]);
            var normal = x.TransposeThisAndMultiply(xw) + Matrix<double>.Build.DenseIdentity(p) * 1e-6;
            beta = normal.Solve(xw.TransposeThisAndMultiply(y));
            var residual = y - x * beta;
            for (int r = 0; r < weights.Count; r++) weights[r] = 1 / Math.Max(Math.Abs(residual[r]), 1e-3);
        }
        var coefficients = beta.ToArray();
        return new FittedForecaster(t =>
        {
            var row = Row(t);
            double f = 0;
            for (int j = 0; j < row.Length; j++) f += coefficients[j] * row[j];
            return Math.Clamp(f, 0, 100);
        }, "coefficients " + string.Join(", ", coefficients.Select(c => c.ToString("0.###", CultureInfo.InvariantCulture))));
    }
}
