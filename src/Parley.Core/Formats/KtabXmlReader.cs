using System.Collections.Immutable;
using System.Globalization;
using System.Xml;
using System.Xml.Linq;
using Parley.Core.Validation;

namespace Parley.Core.Formats;

/// <summary>
/// KTAB's SMP XML (<c>SMPModel::xmlRead</c>, schema <c>smpSchema.xsd</c>): name, description, seed,
/// the nine model parameters, dimensions, actors with positions and saliences 0–100, and the
/// ideal-accommodation pairs. Read as a scenario whose <c>parameters.smp</c> hold the parameters and
/// the seed, and whose <see cref="Scenario.Accommodations"/> hold the pairs. Unlike KTAB, a file
/// without <c>&lt;IdealAdjustment&gt;</c> is accepted (identity matrix), and an empty coordinate is
/// reported with its line instead of being read as nothing.
/// </summary>
internal static class KtabXmlReader
{
    public static Scenario? Read(string text, string fallbackTitle, ProblemList problems)
    {
        XDocument document;
        try
        {
            var settings = new XmlReaderSettings { DtdProcessing = DtdProcessing.Prohibit, XmlResolver = null, IgnoreComments = true };
            string body = text.TrimStart('\uFEFF');
            // XDocument has no depth limit and grows slower than linearly with deep nesting (a 280 KB
            // file of 40,000 levels took 39 s); KTAB's schema is four levels deep, so a cheap
            // streaming pass refuses anything deeper than MaxDepth before the tree is built.
            using (var probe = XmlReader.Create(new StringReader(body), settings))
            {
                while (probe.Read())
                {
                    if (probe.Depth > MaxDepth)
                    {
                        var line = (IXmlLineInfo)probe;
                        problems.AddGeneral(Rules.TooDeep, $"the XML nests deeper than {MaxDepth} levels; KTAB's SMP format uses four", new SourceLocation(Math.Max(1, line.LineNumber), Math.Max(1, line.LinePosition)));
                        return null;
                    }
                }
            }
            using var reader = XmlReader.Create(new StringReader(body), settings);
            document = XDocument.Load(reader, LoadOptions.SetLineInfo);
        }
        catch (XmlException e)
        {
            problems.AddGeneral(Rules.MalformedXml, "the XML does not parse: " + FirstSentence(e.Message), new SourceLocation(Math.Max(1, e.LineNumber), Math.Max(1, e.LinePosition)));
            return null;
        }

        var root = document.Root!;
        if (root.Name.LocalName != "Scenario")
        {
            problems.AddGeneral(Rules.WrongType, $"the root element must be <Scenario> (KTAB's SMP format), found <{root.Name.LocalName}>", At(root));
            return null;
        }

        ReportUnknownElements(root, problems);
        string title = Text(Child(root, "name", problems, required: false)) ?? "";
        string? description = Text(Child(root, "desc", problems, required: false));
        var parameters = ImmutableSortedDictionary.CreateBuilder<string, string>(StringComparer.Ordinal);
        ReadSeed(root, parameters, problems);
        ReadModelParameters(root, parameters, problems);

        var dimensions = ReadDimensions(root, problems);
        var (actors, stances, names) = ReadActors(root, dimensions, problems);
        var accommodation = ReadAccommodation(root, names, problems);

        if (problems.Count > 0) return null;
        var modelParameters = parameters.Count == 0
            ? null
            : new ModelParameters(ImmutableSortedDictionary.CreateRange(StringComparer.Ordinal,
                [new KeyValuePair<string, ImmutableSortedDictionary<string, string>>(KtabSmpParameters.ModelId, parameters.ToImmutable())]));
        return new Scenario(
            title.Trim().Length > 0 ? title.Trim() : fallbackTitle,
            actors.ToValueList(),
            dimensions.ToValueList(),
            stances.ToValueList(),
            Parameters: modelParameters,
            Description: string.IsNullOrWhiteSpace(description) ? null : description.Trim(),
            AccommodationList: accommodation);
    }

    /// <summary>Deeper than this the file cannot be KTAB's format.</summary>
    public const int MaxDepth = 16;

    /// <summary>
    /// The elements of KTAB's schema (<c>smpSchema.xsd</c>), by parent. Anything else is reported rather
    /// than skipped: a misspelt <c>&lt;capabilty&gt;</c> would otherwise be read as a missing value
    /// elsewhere, or a whole block would be ignored without a word. The children of
    /// <c>&lt;ModelParameters&gt;</c> are checked where they are read.
    /// </summary>
    private static readonly Dictionary<string, string[]> schema = new(StringComparer.Ordinal)
    {
        ["Scenario"] = ["name", "desc", "prngSeed", "ModelParameters", "Dimensions", "Actors", "IdealAdjustment"],
        ["Dimensions"] = ["dName"],
        ["Actors"] = ["Actor"],
        ["Actor"] = ["name", "description", "capability", "Position", "Salience"],
        ["Position"] = ["dCoord"],
        ["Salience"] = ["dSal"],
        ["IdealAdjustment"] = ["iaPair"],
        ["iaPair"] = ["adjustingIdeal", "referencePos", "adjust"],
    };

    private static void ReportUnknownElements(XElement element, ProblemList problems)
    {
        if (element.Name.LocalName == "ModelParameters") return;
        schema.TryGetValue(element.Name.LocalName, out var allowed);
        foreach (var child in element.Elements())
        {
            if (allowed is null || Array.IndexOf(allowed, child.Name.LocalName) < 0)
            {
                string expected = allowed is null ? "no elements" : string.Join(", ", allowed.Select(a => $"<{a}>"));
                problems.AddGeneral(Rules.UnknownField, $"unknown element <{child.Name.LocalName}> inside <{element.Name.LocalName}>; KTAB's format allows {expected} there", At(child));
                continue;
            }
            ReportUnknownElements(child, problems);
        }
    }

    private static void ReadSeed(XElement root, ImmutableSortedDictionary<string, string>.Builder parameters, ProblemList problems)
    {
        // KTAB requires a seed; it only matters for stochastic runs, so Parley accepts a file without one.
        if (Child(root, "prngSeed", problems, required: false) is not { } seedElement) return;
        string text = seedElement.Value.Trim();
        if (ulong.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out ulong seed))
        {
            parameters[KtabSmpParameters.Seed] = seed.ToString(CultureInfo.InvariantCulture);
        }
        else
        {
            problems.AddGeneral(Rules.InvalidValue, $"<prngSeed> must be a whole number from 0 to 18446744073709551615, found '{text}'", At(seedElement));
        }
    }

    private static void ReadModelParameters(XElement root, ImmutableSortedDictionary<string, string>.Builder parameters, ProblemList problems)
    {
        if (Child(root, "ModelParameters", problems, required: false) is not { } block) return;
        foreach (var element in block.Elements())
        {
            if (KtabSmpParameters.ValuesOf(element.Name.LocalName) is null)
            {
                problems.AddGeneral(Rules.UnknownField, $"unknown model parameter <{element.Name.LocalName}>; KTAB's are {string.Join(", ", KtabSmpParameters.All.Select(p => p.Name))}", At(element));
            }
        }
        foreach (var (name, values, _) in KtabSmpParameters.All)
        {
            // KTAB requires all nine once the block is present.
            var element = Child(block, name, problems, required: true);
            if (element is null) continue;
            string value = element.Value.Trim();
            string? match = values.FirstOrDefault(v => string.Equals(v, value, StringComparison.OrdinalIgnoreCase));
            if (match is null)
            {
                problems.AddGeneral(Rules.InvalidValue, $"<{name}> must be one of {string.Join(", ", values)}, found '{value}'", At(element));
                continue;
            }
            parameters[name] = match;
        }
    }

    private static List<Dimension> ReadDimensions(XElement root, ProblemList problems)
    {
        var dimensions = new List<Dimension>();
        if (Child(root, "Dimensions", problems, required: true) is not { } block) return dimensions;
        problems.Map.Record("dimensions", At(block));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in block.Elements().Where(e => e.Name.LocalName == "dName"))
        {
            string label = element.Value.Trim();
            if (label.Length == 0)
            {
                problems.AddGeneral(Rules.MissingField, "empty <dName>: every dimension needs a name", At(element));
                label = "Dimension " + (dimensions.Count + 1).ToString(CultureInfo.InvariantCulture);
            }
            problems.Map.Record($"dimensions[{dimensions.Count}]", At(element));
            dimensions.Add(new Dimension(BdmCsvReader.UniqueId(label, ids), label, Scale.Default));
        }
        if (dimensions.Count == 0) problems.AddGeneral(Rules.EmptyScenario, "<Dimensions> lists no <dName>", At(block));
        return dimensions;
    }

    private static (List<Actor>, List<Stance>, Dictionary<string, string>) ReadActors(XElement root, List<Dimension> dimensions, ProblemList problems)
    {
        var actors = new List<Actor>();
        var stances = new List<Stance>();
        var idByName = new Dictionary<string, string>(StringComparer.Ordinal);
        if (Child(root, "Actors", problems, required: true) is not { } block) return (actors, stances, idByName);
        problems.Map.Record("actors", At(block));
        problems.Map.Record("stances", At(block));
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var element in block.Elements().Where(e => e.Name.LocalName == "Actor"))
        {
            int i = actors.Count;
            string path = $"actors[{i}]";
            problems.Map.Record(path, At(element));
            string name = Text(Child(element, "name", problems, required: true))?.Trim() ?? "";
            string who = name.Length > 0 ? $"actor '{name}'" : $"actor {i + 1}";
            if (name.Length is 0 or > KtabCsvReader.MaxNameLength)
            {
                problems.AddGeneral(Rules.InvalidValue, name.Length == 0 ? "empty actor <name>" : $"actor name '{name}' has {name.Length} characters; KTAB allows 1–{KtabCsvReader.MaxNameLength}", At(element));
            }
            else if (idByName.ContainsKey(name))
            {
                problems.AddGeneral(Rules.DuplicateId, $"actor name '{name}' is used twice; <IdealAdjustment> refers to actors by name", At(element));
            }
            string id = BdmCsvReader.UniqueId(name.Length > 0 ? name : "actor", ids);
            idByName.TryAdd(name, id);
            string description = Text(Child(element, "description", problems, required: false))?.Trim() ?? "";

            var capabilityElement = Child(element, "capability", problems, required: true);
            double capability = Number(capabilityElement, $"capability of {who}", problems) ?? double.NaN;
            if (capabilityElement is not null) problems.Map.Record(path + ".capability", At(capabilityElement));
            if (double.IsFinite(capability) && !(capability >= 0 && capability <= KtabCsvReader.MaxCapability))
            {
                problems.AddGeneral(capability < 0 ? Rules.NegativeCapability : Rules.InvalidValue, $"capability of {who} is {F(capability)}; KTAB reads 0 to {F(KtabCsvReader.MaxCapability)}", At(capabilityElement!));
            }
            actors.Add(new Actor(id, KtabCsvReader.DisplayName(name, description), capability));

            var coordinates = Values(Child(element, "Position", problems, required: true), "dCoord", dimensions.Count, who, "positions", problems);
            var saliences = Values(Child(element, "Salience", problems, required: true), "dSal", dimensions.Count, who, "saliences", problems);
            double salienceSum = 0;
            for (int k = 0; k < dimensions.Count; k++)
            {
                string stancePath = $"stances[{stances.Count}]";
                problems.Map.Record(stancePath, At(element));
                if (k < coordinates.Count && coordinates[k].Element is { } ce) problems.Map.Record(stancePath + ".position", At(ce));
                if (k < saliences.Count && saliences[k].Element is { } se) problems.Map.Record(stancePath + ".salience", At(se));
                double position = k < coordinates.Count ? coordinates[k].Value ?? double.NaN : double.NaN;
                double salience = k < saliences.Count ? saliences[k].Value ?? double.NaN : double.NaN;
                salienceSum += salience;
                stances.Add(new Stance(id, dimensions[k].Id, position, salience));
            }
            if (salienceSum > 100 + 1e-9)
            {
                problems.AddGeneral(Rules.SalienceOutOfRange, $"the saliences of {who} sum to {F(salienceSum)}; in KTAB's format an actor's saliences are shares of its attention and may sum to at most 100", At(element));
            }
        }
        if (actors.Count == 0) problems.AddGeneral(Rules.EmptyScenario, "<Actors> lists no <Actor>", At(block));
        return (actors, stances, idByName);
    }

    private static List<(XElement? Element, double? Value)> Values(XElement? parent, string name, int expected, string who, string what, ProblemList problems)
    {
        var result = new List<(XElement?, double?)>();
        if (parent is null) return result;
        var elements = parent.Elements().Where(e => e.Name.LocalName == name).ToList();
        for (int k = 0; k < elements.Count; k++)
        {
            if (elements[k].Value.Trim().Length == 0)
            {
                problems.AddGeneral(Rules.MissingField, $"empty <{name}> ({what.TrimEnd('s')} {k + 1} of {who}); give a number 0–100 (KTAB cannot run such a file either)", At(elements[k]));
                result.Add((elements[k], null));
                continue;
            }
            result.Add((elements[k], Number(elements[k], $"<{name}> {k + 1} of {who}", problems)));
        }
        if (elements.Count != expected)
        {
            problems.AddGeneral(Rules.InvalidValue, $"{who} has {elements.Count} <{name}> {what}, but the scenario has {expected} dimension{(expected == 1 ? "" : "s")}", At(parent));
        }
        return result;
    }

    private static ValueList<Accommodation>? ReadAccommodation(XElement root, Dictionary<string, string> idByName, ProblemList problems)
    {
        if (Child(root, "IdealAdjustment", problems, required: false) is not { } block) return null;
        var entries = new List<Accommodation>();
        foreach (var pair in block.Elements().Where(e => e.Name.LocalName == "iaPair"))
        {
            string path = $"accommodation[{entries.Count}]";
            problems.Map.Record(path, At(pair));
            string? actor = ActorId(Child(pair, "adjustingIdeal", problems, required: true), idByName, problems);
            string? toward = ActorId(Child(pair, "referencePos", problems, required: true), idByName, problems);
            var rateElement = Child(pair, "adjust", problems, required: true);
            double? rate = Number(rateElement, "<adjust>", problems);
            if (rateElement is not null) problems.Map.Record(path + ".rate", At(rateElement));
            if (actor is not null && toward is not null && rate is not null) entries.Add(new Accommodation(actor, toward, rate.Value));
        }
        return entries.ToValueList();
    }

    private static string? ActorId(XElement? element, Dictionary<string, string> idByName, ProblemList problems)
    {
        if (element is null) return null;
        string name = element.Value.Trim();
        if (idByName.TryGetValue(name, out var id)) return id;
        problems.AddGeneral(Rules.UnknownActor, $"<{element.Name.LocalName}> names actor '{name}', which is not among the actors", At(element));
        return null;
    }

    private static XElement? Child(XElement parent, string name, ProblemList problems, bool required)
    {
        var child = parent.Elements().FirstOrDefault(e => e.Name.LocalName == name);
        if (child is null && required)
        {
            problems.AddGeneral(Rules.MissingField, $"<{parent.Name.LocalName}> lacks its <{name}> element", At(parent));
        }
        return child;
    }

    private static string? Text(XElement? element) => element?.Value;

    private static double? Number(XElement? element, string what, ProblemList problems)
    {
        if (element is null) return null;
        string text = element.Value.Trim();
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            if (double.IsFinite(value)) return value;
            problems.AddGeneral(Rules.NonFinite, $"{what}: '{text}' is not a finite number", At(element));
            return null;
        }
        problems.AddGeneral(text.Length == 0 ? Rules.MissingField : Rules.WrongType, $"{what} must be a number, found '{text}'", At(element));
        return null;
    }

    private static SourceLocation At(XElement element) =>
        element is IXmlLineInfo info && info.HasLineInfo() ? new SourceLocation(info.LineNumber, info.LinePosition) : new SourceLocation(1, 1);

    private static string F(double value) => value.ToString("R", CultureInfo.InvariantCulture);

    private static string FirstSentence(string message)
    {
        int cut = message.IndexOfAny(['\r', '\n']);
        return cut > 0 ? message[..cut] : message;
    }
}
