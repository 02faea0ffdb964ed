namespace Parley.Core;

/// <summary>A citation that numbers in the scenario point to by <see cref="Id"/>.</summary>
public sealed record Source(string Id, string Citation, string? Url = null);
