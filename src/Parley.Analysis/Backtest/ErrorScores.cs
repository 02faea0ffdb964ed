namespace Parley.Analysis.Backtest;

/// <summary>
/// Accuracy of point forecasts on the 0–100 scales: mean absolute error, root mean squared error,
/// median absolute error, and the shares of issues missed by at most 10 and 20 points.
/// </summary>
public sealed record ErrorScores(int Issues, double Mae, double Rmse, double MedianAe, double Within10, double Within20)
{
    public static readonly ErrorScores Empty = new(0, double.NaN, double.NaN, double.NaN, double.NaN, double.NaN);

    /// <summary>Scores over the pairs whose forecast is a number; NaN forecasts (failures) are left out.</summary>
    public static ErrorScores Of(ReadOnlySpan<double> forecasts, ReadOnlySpan<double> outcomes)
    {
        var errors = new List<double>(forecasts.Length);
        for (int i = 0; i < forecasts.Length; i++)
        {
            if (double.IsFinite(forecasts[i])) errors.Add(Math.Abs(forecasts[i] - outcomes[i]));
        }
        return FromErrors(errors);
    }

    public static ErrorScores FromErrors(IReadOnlyList<double> absoluteErrors)
    {
        int n = absoluteErrors.Count;
        if (n == 0) return Empty;
        double sum = 0, squares = 0;
        int within10 = 0, within20 = 0;
        foreach (double e in absoluteErrors)
        {
            sum += e;
            squares += e * e;
            // A hair of tolerance: 60.000000001 − 50 is still "within 10".
            if (e <= 10 + 1e-9) within10++;
            if (e <= 20 + 1e-9) within20++;
        }
        var sorted = absoluteErrors.Order().ToArray();
        double median = n % 2 == 1 ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
        return new ErrorScores(n, sum / n, Math.Sqrt(squares / n), median, (double)within10 / n, (double)within20 / n);
    }
}
