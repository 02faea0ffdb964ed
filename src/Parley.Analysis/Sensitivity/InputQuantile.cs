using MathNet.Numerics.Distributions;
using Parley.Analysis.Uncertainty;

namespace Parley.Analysis.Sensitivity;

/// <summary>
/// Maps a point u in (0, 1) to an uncertain input's value: the inverse of the distribution
/// <see cref="InputDistributionExtensions.Sample"/> draws from (Beta-PERT, uniform or truncated
/// normal on the analyst's range), so a sensitivity analysis and a Monte Carlo simulation read the
/// same ranges the same way.
/// </summary>
public sealed class InputQuantile
{
    private readonly InputDistribution _distribution;
    private readonly double _low, _mode, _high, _width;
    private readonly BetaQuantile? _beta;
    private readonly double _normalFrom, _normalTo, _sigma;

    public InputQuantile(InputDistribution distribution, double low, double mode, double high)
    {
        _distribution = distribution;
        (_low, _mode, _high, _width) = (low, mode, high, high - low);
        if (!(_width > 0)) return;
        switch (distribution)
        {
            case InputDistribution.Uniform:
                break;
            case InputDistribution.TruncatedNormal:
                _sigma = _width / 4;
                _normalFrom = Normal.CDF(mode, _sigma, low);
                _normalTo = Normal.CDF(mode, _sigma, high);
                break;
            default:
                _beta = new BetaQuantile(1 + 4 * (mode - low) / _width, 1 + 4 * (high - mode) / _width);
                break;
        }
    }

    public double At(double u)
    {
        if (!(_width > 0)) return _mode;
        return _distribution switch
        {
            InputDistribution.Uniform => _low + _width * u,
            InputDistribution.TruncatedNormal => Math.Clamp(Normal.InvCDF(_mode, _sigma, _normalFrom + (_normalTo - _normalFrom) * u), _low, _high),
            _ => _low + _width * _beta!.At(u),
        };
    }
}
