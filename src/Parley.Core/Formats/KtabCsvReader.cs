using System.Globalization;
using System.Text;
using Parley.Core.Validation;

namespace Parley.Core.Formats;

/// <summary>
/// KTAB's SMP table (<c>SMPModel::csvRead</c>): a title line <c>name,description,numActors,numDims</c>,
/// a header whose columns 4, 6, 8, … name the dimensions, then exactly numActors lines
/// <c>name,description,capability,pos1,sal1,pos2,sal2,…</c> with positions and saliences 0–100.
/// KTAB's quirks are accepted: trailing commas and extra columns, spaces around numbers, text fields
/// with or without surrounding double quotes. The actors' saliences must sum to at most 100 (KTAB's
/// saliences are shares of one actor's attention). Actor and dimension ids are made from the names
/// (letters, digits, '_' and '-'), unique within the file; an actor's name keeps KTAB's name and description.
/// </summary>
internal static class KtabCsvReader
{
    public const int MaxNameLength = 25;
    public const int MaxDescriptionLength = 256;
    public const int MaxScenarioTextLength = 512;
    public const double MaxCapability = 1e8;

    public static Scenario? Read(string text, string fallbackTitle, ProblemList problems)
    {
        var lines = Lines(text);
        if (lines.Count == 0)
        {
            problems.AddGeneral(Rules.EmptyFile, "the KTAB CSV has no lines");
            return null;
        }

        var (titleLine, titleFields) = lines[0];
        string name = Field(titleFields, 0).Trim();
        string description = Field(titleFields, 1).Trim();
        int? actorCount = Count(titleFields, 2, titleLine, "number of actors", problems);
        int? dimensionCount = Count(titleFields, 3, titleLine, "number of dimensions", problems);
        if (name.Length > MaxScenarioTextLength) problems.AddGeneral(Rules.InvalidValue, $"the scenario name has {name.Length} characters; KTAB allows at most {MaxScenarioTextLength}", new SourceLocation(titleLine, 1));
        if (description.Length > MaxScenarioTextLength) problems.AddGeneral(Rules.InvalidValue, $"the scenario description has {description.Length} characters; KTAB allows at most {MaxScenarioTextLength}", new SourceLocation(titleLine, 2));
        if (actorCount is null || dimensionCount is null) return null;
        int n = actorCount.Value, m = dimensionCount.Value;

        if (lines.Count < 2)
        {
            problems.AddGeneral(Rules.MissingField, "the header line (Actor,Description,Power,<dimension>,<salience>,…) is missing", new SourceLocation(titleLine, 1));
            return null;
        }
        var (headerLine, header) = lines[1];
        int headerDimensions = Math.Max(0, (header.Length - 3 + 1) / 2);
        if (m > headerDimensions + 1)
        {
            // One problem, not one per missing column: the count itself is most likely wrong.
            problems.AddGeneral(Rules.InvalidValue, $"the title line announces {m} dimensions, but the header names at most {headerDimensions} (columns 4, 6, 8, …)", new SourceLocation(titleLine, 4));
            return null;
        }
        var dimensionIds = new HashSet<string>(StringComparer.Ordinal);
        var dimensions = new List<Dimension>(m);
        for (int k = 0; k < m; k++)
        {
            int column = 3 + 2 * k;
            string label = Field(header, column).Trim();
            if (label.Length == 0)
            {
                problems.AddGeneral(Rules.MissingField, $"header column {column + 1} should name dimension {k + 1} of {m} (KTAB takes dimension names from columns 4, 6, 8, …)", new SourceLocation(headerLine, column + 1));
                label = "Dimension " + (k + 1).ToString(CultureInfo.InvariantCulture);
            }
            string id = BdmCsvReader.UniqueId(label, dimensionIds);
            problems.Map.Record($"dimensions[{k}]", new SourceLocation(headerLine, column + 1));
            dimensions.Add(new Dimension(id, label, Scale.Default));
        }

        int available = lines.Count - 2;
        if (available < n)
        {
            problems.AddGeneral(Rules.MissingField, $"the title line announces {n} actors, but only {available} data line{(available == 1 ? "" : "s")} follow the header", new SourceLocation(lines[^1].Line, 1));
        }
        else if (available > n)
        {
            problems.AddGeneral(Rules.InvalidValue, $"the title line announces {n} actors, but {available} data lines follow the header (KTAB would silently ignore the last {available - n}); correct the count", new SourceLocation(lines[2 + n].Line, 1));
        }

        problems.Map.Record("actors", new SourceLocation(headerLine, 1));
        problems.Map.Record("stances", new SourceLocation(headerLine, 1));
        var actorIds = new HashSet<string>(StringComparer.Ordinal);
        var actors = new List<Actor>(Math.Min(n, available));
        var stances = new List<Stance>(Math.Min(n, available) * m);
        for (int i = 0; i < Math.Min(n, available); i++)
        {
            var (line, fields) = lines[2 + i];
            string actorName = Field(fields, 0).Trim();
            string actorDescription = Field(fields, 1).Trim();
            string actorPath = $"actors[{i}]";
            problems.Map.Record(actorPath, new SourceLocation(line, 1));
            problems.Map.Record(actorPath + ".capability", new SourceLocation(line, 3));
            problems.Map.Name(actorPath + ".capability", "capability");
            if (actorName.Length == 0 || actorName.Length > MaxNameLength)
            {
                problems.AddGeneral(Rules.InvalidValue, actorName.Length == 0 ? "the actor name is empty" : $"actor name '{actorName}' has {actorName.Length} characters; KTAB allows 1–{MaxNameLength}", new SourceLocation(line, 1));
            }
            if (actorDescription.Length > MaxDescriptionLength)
            {
                problems.AddGeneral(Rules.InvalidValue, $"the description of '{actorName}' has {actorDescription.Length} characters; KTAB allows at most {MaxDescriptionLength}", new SourceLocation(line, 2));
            }
            string id = BdmCsvReader.UniqueId(actorName.Length > 0 ? actorName : "actor", actorIds);
            double capability = Number(fields, 2, line, "capability", problems) ?? double.NaN;
            if (double.IsFinite(capability) && !(capability >= 0 && capability <= MaxCapability))
            {
                problems.AddGeneral(capability < 0 ? Rules.NegativeCapability : Rules.InvalidValue, $"capability of '{actorName}' is {F(capability)}; KTAB reads 0 to {F(MaxCapability)}", new SourceLocation(line, 3));
            }
            actors.Add(new Actor(id, DisplayName(actorName, actorDescription), capability));

            double salienceSum = 0;
            bool salienceKnown = true;
            for (int k = 0; k < m; k++)
            {
                int positionColumn = 3 + 2 * k;
                string stancePath = $"stances[{stances.Count}]";
                problems.Map.Record(stancePath, new SourceLocation(line, 1));
                problems.Map.Record(stancePath + ".position", new SourceLocation(line, positionColumn + 1));
                problems.Map.Record(stancePath + ".salience", new SourceLocation(line, positionColumn + 2));
                problems.Map.Name(stancePath + ".position", dimensions[k].Label);
                problems.Map.Name(stancePath + ".salience", "salience of " + dimensions[k].Label);
                double position = Number(fields, positionColumn, line, $"position on {dimensions[k].Label}", problems) ?? double.NaN;
                double? salience = Number(fields, positionColumn + 1, line, $"salience on {dimensions[k].Label}", problems);
                if (salience is { } s) salienceSum += s;
                else salienceKnown = false;
                stances.Add(new Stance(id, dimensions[k].Id, position, salience ?? double.NaN));
            }
            if (salienceKnown && salienceSum > 100 + 1e-9)
            {
                problems.AddGeneral(Rules.SalienceOutOfRange, $"the saliences of '{actorName}' sum to {F(salienceSum)}; in KTAB's format an actor's saliences are shares of its attention and may sum to at most 100", new SourceLocation(line, 5));
            }
        }

        if (problems.Count > 0) return null;
        string title = name.Length > 0 ? name : fallbackTitle;
        return new Scenario(title, actors.ToValueList(), dimensions.ToValueList(), stances.ToValueList(),
            Description: description.Length > 0 ? description : null);
    }

    /// <summary>Non-blank lines with their 1-based numbers, split into fields.</summary>
    internal static List<(int Line, string[] Fields)> Lines(string text)
    {
        var result = new List<(int, string[])>();
        int lineNumber = 0;
        foreach (var raw in text.Split('\n'))
        {
            lineNumber++;
            string line = raw.TrimEnd('\r');
            if (lineNumber == 1) line = line.TrimStart('\uFEFF');
            if (string.IsNullOrWhiteSpace(line)) continue;
            result.Add((lineNumber, Split(line)));
        }
        return result;
    }

    /// <summary>
    /// Splits on commas; a field that starts with a double quote (after spaces) runs to its closing
    /// quote, may hold commas, and loses its quotes ("" inside stands for one quote).
    /// </summary>
    internal static string[] Split(string line)
    {
        var fields = new List<string>();
        var current = new StringBuilder();
        int i = 0;
        while (true)
        {
            current.Clear();
            int start = i;
            while (i < line.Length && line[i] == ' ') i++;
            if (i < line.Length && line[i] == '"')
            {
                i++;
                while (i < line.Length)
                {
                    if (line[i] == '"')
                    {
                        if (i + 1 < line.Length && line[i + 1] == '"') { current.Append('"'); i += 2; continue; }
                        i++;
                        break;
                    }
                    current.Append(line[i++]);
                }
                // Anything between the closing quote and the comma is kept, as a lenient reader would.
                while (i < line.Length && line[i] != ',') current.Append(line[i++]);
            }
            else
            {
                i = start;
                while (i < line.Length && line[i] != ',') current.Append(line[i++]);
            }
            fields.Add(current.ToString());
            if (i >= line.Length) break;
            i++; // the comma
        }
        return [.. fields];
    }

    /// <summary>KTAB's name and description in one (Parley actors have no description): "XJ (Xi Jinping)".</summary>
    internal static string DisplayName(string name, string description) =>
        description.Length == 0 || description == name ? name : $"{name} ({description})";

    private static string Field(string[] fields, int index) => index < fields.Length ? fields[index] : "";

    private static int? Count(string[] fields, int index, int line, string what, ProblemList problems)
    {
        string text = Field(fields, index).Trim();
        if (int.TryParse(text, NumberStyles.Integer, CultureInfo.InvariantCulture, out int value) && value >= 1) return value;
        problems.AddGeneral(text.Length == 0 ? Rules.MissingField : Rules.InvalidValue,
            $"field {index + 1} of the title line must give the {what} (a whole number ≥ 1), found '{text}'", new SourceLocation(line, index + 1));
        return null;
    }

    private static double? Number(string[] fields, int index, int line, string what, ProblemList problems)
    {
        string text = Field(fields, index).Trim();
        if (text.Length == 0)
        {
            problems.AddGeneral(Rules.MissingField, $"column {index + 1} ({what}) is empty", new SourceLocation(line, index + 1));
            return null;
        }
        if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
        {
            if (double.IsFinite(value)) return value;
            problems.AddGeneral(Rules.NonFinite, $"column {index + 1} ({what}): '{text}' is not a finite number", new SourceLocation(line, index + 1));
            return null;
        }
        problems.AddGeneral(Rules.WrongType, $"column {index + 1} ({what}) must hold a number, found '{text}'", new SourceLocation(line, index + 1));
        return null;
    }

    private static string F(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
