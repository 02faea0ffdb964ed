using System.Collections.Immutable;

namespace Parley.Core;

/// <summary>
/// Per-model settings a scenario file may carry (<c>parameters: {smp: {VotingRule: PropCbc}}</c>),
/// so that a versioned file reproduces a run without remembering command-line flags. Values stay
/// text here; each model parses and validates its own.
/// </summary>
public sealed class ModelParameters : IEquatable<ModelParameters>
{
    public static readonly ModelParameters Empty = new(ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, string>>.Empty);

    public ModelParameters(ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, string>> byModel) => ByModel = byModel;

    public ImmutableSortedDictionary<string, ImmutableSortedDictionary<string, string>> ByModel { get; }

    public bool IsEmpty => ByModel.IsEmpty;

    public ImmutableSortedDictionary<string, string> For(string modelId) =>
        ByModel.TryGetValue(modelId, out var values) ? values : ImmutableSortedDictionary<string, string>.Empty;

    public bool Equals(ModelParameters? other)
    {
        if (other is null || other.ByModel.Count != ByModel.Count) return false;
        foreach (var (model, values) in ByModel)
        {
            if (!other.ByModel.TryGetValue(model, out var otherValues) || otherValues.Count != values.Count) return false;
            foreach (var (key, value) in values)
            {
                if (!otherValues.TryGetValue(key, out var otherValue) || otherValue != value) return false;
            }
        }
        return true;
    }

    public override bool Equals(object? obj) => Equals(obj as ModelParameters);

    public override int GetHashCode() => ByModel.Count;
}
