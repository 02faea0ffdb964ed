namespace Parley.Analysis.Backtest.Scoring;

/// <summary>
/// Proper scores of a probability forecast p for a yes/no event: Brier (p − y)², lower is better,
/// and the logarithmic score −ln(probability given to what happened), lower is better (clipped at
/// 1e-6 so a forecast of certainty that fails costs 13.8, not infinity).
/// </summary>
public static class ProbabilityScores
{
    public const double Floor = 1e-6;

    public static double Brier(double p, bool happened)
    {
        double d = p - (happened ? 1 : 0);
        return d * d;
    }

    public static double Log(double p, bool happened) => -Math.Log(Math.Clamp(happened ? p : 1 - p, Floor, 1));
}
