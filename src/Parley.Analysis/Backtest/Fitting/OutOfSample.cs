namespace Parley.Analysis.Backtest.Fitting;

/// <summary>
/// Out-of-sample forecasts of a candidate: k-fold cross-validation with folds made of whole
/// proposals (shuffled with a fixed seed), and a time split (fit on proposals introduced before a
/// date, forecast the rest). Every forecast comes from a fit that never saw the issue's proposal.
/// </summary>
public static class OutOfSample
{
    /// <summary>The fold of each issue: proposals sorted by id, shuffled by <paramref name="seed"/>, dealt round-robin.</summary>
    public static int[] Folds(IReadOnlyList<IssueFeatures> issues, int folds, int seed)
    {
        var proposals = issues.Select(i => i.Issue.ProposalId).Distinct(StringComparer.Ordinal).Order(StringComparer.Ordinal).ToArray();
        new Random(seed).Shuffle(proposals);
        var foldOf = proposals.Select((p, n) => (p, n % folds)).ToDictionary(x => x.p, x => x.Item2, StringComparer.Ordinal);
        return [.. issues.Select(i => foldOf[i.Issue.ProposalId])];
    }

    public static (double[] Forecasts, List<string> Parameters) CrossValidate(ForecastCandidate candidate, IReadOnlyList<IssueFeatures> issues, int folds, int seed)
    {
        var fold = Folds(issues, folds, seed);
        var forecasts = new double[issues.Count];
        var parameters = new List<string>();
        for (int f = 0; f < folds; f++)
        {
            var training = issues.Where((_, i) => fold[i] != f).ToList();
            var fitted = candidate.Fit(training);
            parameters.Add(fitted.Parameters);
            for (int i = 0; i < issues.Count; i++)
            {
                if (fold[i] == f) forecasts[i] = fitted.Forecast(issues[i]);
            }
        }
        return (forecasts, parameters);
    }

    /// <summary>Forecasts for issues introduced on or after <paramref name="split"/> (NaN before), fitted on the earlier ones.</summary>
    public static (double[] Forecasts, string Parameters) TimeSplit(ForecastCandidate candidate, IReadOnlyList<IssueFeatures> issues, DateOnly split)
    {
        var fitted = candidate.Fit([.. issues.Where(i => i.Issue.Introduced < split)]);
        var forecasts = issues.Select(i => i.Issue.Introduced >= split ? fitted.Forecast(i) : double.NaN).ToArray();
        return (forecasts, fitted.Parameters);
    }
}
