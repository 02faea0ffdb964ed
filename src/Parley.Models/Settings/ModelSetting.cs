namespace Parley.Models.Settings;

/// <summary>
/// One setting a model accepts, as <c>parley models MODEL</c>, the web API and docs/models/ show it:
/// its <paramref name="Name"/>, what kind of value it takes (<paramref name="Kind"/>, e.g. "number in
/// [0, 1]"), its <paramref name="Default"/> as text, the <paramref name="AllowedValues"/> when it is a
/// choice (empty otherwise) and a one-line <paramref name="Help"/>.
/// </summary>
public sealed record ModelSetting(string Name, string Kind, string Default, IReadOnlyList<string> AllowedValues, string Help);
