using MathNet.Numerics.LinearAlgebra;

namespace Parley.Analysis.Backtest.Deal;

/// <summary>
/// Ridge-penalised logistic regression fitted by Newton–Raphson (iteratively reweighted least
/// squares, MathNet for the linear solves). Features are standardised on the training data; the
/// intercept is not penalised. Small and deterministic: a few hundred rows, a handful of columns.
/// </summary>
public sealed class LogisticRegression
{
    private readonly double[] means, scales, beta;

    private LogisticRegression(double[] means, double[] scales, double[] beta)
    {
        this.means = means;
        this.scales = scales;
        this.beta = beta;
    }

    /// <summary>Coefficients on the standardised features, intercept first.</summary>
    public IReadOnlyList<double> Coefficients => beta;

    public static LogisticRegression Fit(IReadOnlyList<double[]> x, IReadOnlyList<bool> y, double lambda, int iterations = 50)
    {
        int n = x.Count, p = n > 0 ? x[0].Length : 0;
        var means = new double[p];
        var scales = new double[p];
        for (int j = 0; j < p; j++)
        {
            double m = 0;
            for (int i = 0; i < n; i++) m += x[i][j];
            m = n > 0 ? m / n : 0;
            double v = 0;
            for (int i = 0; i < n; i++) v += (x[i][j] - m) * (x[i][j] - m);
            double sd = n > 1 ? Math.Sqrt(v / (n - 1)) : 0;
            means[j] = m;
            scales[j] = sd > 1e-12 ? sd : 1;
        }
        var design = Matrix<double>.Build.Dense(n, p + 1, (i, j) => j == 0 ? 1 : (x[i][j - 1] - means[j - 1]) / scales[j - 1]);
        var target = Vector<double>.Build.Dense(n, i => y[i] ? 1 : 0);
        var b = Vector<double>.Build.Dense(p + 1);
        var penalty = Matrix<double>.Build.DenseDiagonal(p + 1, p + 1, j => j == 0 ? 1e-8 : lambda);
        for (int iteration = 0; iteration < iterations; iteration++)
        {
            var eta = design * b;
            var mu = eta.Map(Sigmoid);
            var w = mu.Map(m => Math.Max(m * (1 - m), 1e-10));
            var gradient = design.TransposeThisAndMultiply(target - mu) - penalty * b;
            var weighted = Matrix<double>.Build.Dense(n, p + 1, (i, j) => design[i, j] * w[i]);
            var hessian = design.TransposeThisAndMultiply(weighted) + penalty;
            var step = hessian.Solve(gradient);
            b += step;
            if (step.AbsoluteMaximum() < 1e-10) break;
        }
        return new LogisticRegression(means, scales, [.. b]);
    }

    public double Predict(double[] features)
    {
        double eta = beta[0];
        for (int j = 0; j < features.Length; j++) eta += beta[j + 1] * (features[j] - means[j]) / scales[j];
        return Sigmoid(eta);
    }

    private static double Sigmoid(double eta) => 1 / (1 + Math.Exp(-eta));
}
