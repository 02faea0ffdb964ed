using Parley.Events.Coding.Dictionaries;

namespace Parley.Events.Coding.Validation;

/// <summary>
/// The PETRARCH unit-test records use fictional actors (Arnor, Gondor) and their own toy
/// dictionaries; when PETR.Validate.*.txt lie next to the gold file they are used, as PETRARCH's
/// own test runner does. Every other gold set is coded with the default dictionaries.
/// </summary>
public static class GoldDictionaries
{
    public static (CodingDictionaries Dictionaries, string Label) For(string goldFile)
    {
        var dir = Path.GetDirectoryName(Path.GetFullPath(goldFile)) ?? ".";
        string verbs = Path.Combine(dir, "PETR.Validate.verbs.txt");
        if (Path.GetFileName(goldFile).Contains("UnitTest", StringComparison.OrdinalIgnoreCase) && File.Exists(verbs))
        {
            var d = CodingDictionaries.Load(
                [Path.Combine(dir, "PETR.Validate.actors.txt")], [Path.Combine(dir, "PETR.Validate.agents.txt")], verbs,
                File.Exists(Path.Combine(dir, "PETR.Validate.discards.txt")) ? [Path.Combine(dir, "PETR.Validate.discards.txt")] : []);
            return (d, "PETR.Validate (toy)");
        }
        return (CodingDictionaries.Default, "PETRARCH2/Phoenix");
    }
}
