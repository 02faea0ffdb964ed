namespace Parley.Models;

/// <summary>
/// A model cannot produce a forecast for this scenario with these settings (for example, KTAB's
/// own checks stop the run under the <c>ktab</c> preset). Raised for the input, not for a bug in
/// Parley: the command line reports the message and exits with the bad-input code.
/// </summary>
public sealed class ModelFailedException : Exception
{
    public ModelFailedException(string modelId, string message) : base(message) => ModelId = modelId;

    public string ModelId { get; }
}
