namespace Parley.Analysis.Sensitivity;

/// <summary>
/// What a sensitivity analysis varies: a function from k input values to one or more outputs. Each
/// worker thread gets its own instance, so an implementation may keep mutable scratch state.
/// </summary>
public interface IModelFunction
{
    int Outputs { get; }

    void Evaluate(ReadOnlySpan<double> inputs, Span<double> outputs);
}
