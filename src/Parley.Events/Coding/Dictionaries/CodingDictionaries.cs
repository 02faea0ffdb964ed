namespace Parley.Events.Coding.Dictionaries;

/// <summary>
/// The dictionaries a coder works with. <see cref="Default"/> is the PETRARCH2/Phoenix set
/// embedded in Parley.Events (Coding/Data, origins in its README) plus Parley's short supplement
/// of role nouns; <see cref="Load"/> reads other files (the PETRARCH validation dictionaries).
/// </summary>
public sealed class CodingDictionaries
{
    private static readonly Lazy<CodingDictionaries> defaults = new(LoadDefault);

    public ActorDictionary Actors { get; } = new();

    public AgentDictionary Agents { get; } = new();

    public VerbDictionary Verbs { get; } = new();

    public DiscardDictionary Discards { get; } = new();

    public static CodingDictionaries Default => defaults.Value;

    public static CodingDictionaries Load(IEnumerable<string> actorFiles, IEnumerable<string> agentFiles, string verbFile, IEnumerable<string> discardFiles)
    {
        var d = new CodingDictionaries();
        foreach (var f in actorFiles) { using var r = new StreamReader(f); d.Actors.Load(r, Path.GetFileName(f)); }
        foreach (var f in agentFiles) { using var r = new StreamReader(f); d.Agents.Load(r, Path.GetFileName(f)); }
        using (var r = new StreamReader(verbFile)) d.Verbs.Load(r, Path.GetFileName(verbFile));
        foreach (var f in discardFiles) { using var r = new StreamReader(f); d.Discards.Load(r, Path.GetFileName(f)); }
        return d;
    }

    private static CodingDictionaries LoadDefault()
    {
        var d = new CodingDictionaries();
        foreach (var name in new[] { "Phoenix.Countries.actors.txt", "Phoenix.International.actors.txt", "Phoenix.MilNonState.actors.txt" })
        {
            using var r = Open(name);
            d.Actors.Load(r, name);
        }
        using (var r = Open("Phoenix.agents.txt")) d.Agents.Load(r, "Phoenix.agents.txt");
        using (var r = Open("Parley.agents.txt")) d.Agents.Load(r, "Parley.agents.txt");
        using (var r = Open("CAMEO.2.0.txt")) d.Verbs.Load(r, "CAMEO.2.0.txt");
        using (var r = Open("Phoenix.discards.txt")) d.Discards.Load(r, "Phoenix.discards.txt");
        return d;
    }

    private static StreamReader Open(string name)
    {
        var stream = typeof(CodingDictionaries).Assembly.GetManifestResourceStream("Parley.Events.Coding.Data." + name)
            ?? throw new InvalidOperationException($"coding dictionary '{name}' is not embedded in Parley.Events");
        // Phoenix.Countries.actors.txt holds a few Latin-1 bytes; they decode to U+FFFD and never match text.
        return new StreamReader(stream, System.Text.Encoding.UTF8);
    }
}
