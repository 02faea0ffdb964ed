namespace Parley.Models.Spatial;

/// <summary>
/// How a scenario's saliences become the model's. KTAB's saliences are shares of one actor's
/// attention (an actor's saliences sum to at most 100 %, and the total is the probability that it
/// resists a challenge); Parley scenarios usually give each dimension its own 0–100 salience.
/// </summary>
public enum SalienceConvention
{
    /// <summary><see cref="Shares"/> when every actor's saliences sum to at most 100 %, else <see cref="Mean"/>.</summary>
    Auto,

    /// <summary>Use the saliences as they are (KTAB's convention); totals above 100 % are an error.</summary>
    Shares,

    /// <summary>Divide every salience by the number of dimensions, so an actor's total is its mean salience.</summary>
    Mean,
}
