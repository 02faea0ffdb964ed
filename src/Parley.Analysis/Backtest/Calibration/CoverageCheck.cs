using Parley.Core;

namespace Parley.Analysis.Backtest.Calibration;

/// <summary>How often the real outcomes fell inside intervals of a nominal level, and how wide they were.</summary>
public sealed record Coverage(string Forecaster, string Evaluation, double Level, int Issues, double Share, double MeanWidth)
{
    public static Coverage Of(string forecaster, string evaluation, double level, IReadOnlyList<Interval?> intervals, IReadOnlyList<double> outcomes)
    {
        int n = 0, inside = 0;
        double width = 0;
        for (int i = 0; i < intervals.Count; i++)
        {
            if (intervals[i] is not { } interval || !double.IsFinite(interval.Low) || !double.IsFinite(interval.High)) continue;
            n++;
            width += interval.Width;
            // Outcomes sit on round numbers; an interval edge at 50 holds an outcome of 50.
            if (outcomes[i] >= interval.Low - 1e-9 && outcomes[i] <= interval.High + 1e-9) inside++;
        }
        return new Coverage(forecaster, evaluation, level, n, n > 0 ? (double)inside / n : double.NaN, n > 0 ? width / n : double.NaN);
    }
}
