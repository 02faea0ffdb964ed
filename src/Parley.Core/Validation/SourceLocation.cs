namespace Parley.Core.Validation;

/// <summary>A 1-based line and column in an input file.</summary>
public readonly record struct SourceLocation(int Line, int Column)
{
    public override string ToString() => $"{Line}:{Column}";
}
