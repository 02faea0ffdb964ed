using System.Globalization;
using System.Text;
using Parley.Core.Validation;

namespace Parley.Core.Formats;

/// <summary>
/// The one-issue table the expected-utility replications share: <c>actor,capability,position,salience</c>
/// with salience 0–1 and positions on the case's own scale. Read as a one-dimension scenario whose
/// scale is the span of the positions. Actors are keyed by row: names may repeat (the litigation
/// case has three duplicates), so ids are made unique and the name is kept as written.
/// </summary>
internal static class BdmCsvReader
{
    public static readonly string[] Header = ["actor", "capability", "position", "salience"];

    public static bool Matches(CsvRow header) =>
        header.Fields.Length >= 4 && header.Fields.Take(4).Select(f => f.Trim().ToLowerInvariant()).SequenceEqual(Header);

    public static Scenario? Read(List<CsvRow> rows, string title, ProblemList problems)
    {
        var columns = new Dictionary<string, int>(StringComparer.Ordinal) { ["actor"] = 0, ["capability"] = 1, ["position"] = 2, ["salience"] = 3 };
        var actors = new List<Actor>();
        var stances = new List<Stance>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        for (int r = 1; r < rows.Count; r++)
        {
            if (rows[r].Fields.All(string.IsNullOrWhiteSpace)) continue;
            int i = actors.Count;
            var row = new ScenarioCsvReader.RowReader(rows[r], columns, problems, $"stances[{i}]");
            string name = row.Text("actor", required: true) ?? $"row {rows[r].Line}";
            string id = UniqueId(name, ids);
            problems.Map.Record($"actors[{i}]", new SourceLocation(rows[r].Line, 1));
            problems.Map.Record($"actors[{i}].capability", row.At("capability"));
            problems.Map.Name($"actors[{i}].capability", "capability");
            problems.Map.Record($"stances[{i}]", new SourceLocation(rows[r].Line, 1));
            problems.Map.Record($"stances[{i}].position", row.At("position"));
            problems.Map.Record($"stances[{i}].salience", row.At("salience"));
            problems.Map.Name($"stances[{i}].position", "position");
            problems.Map.Name($"stances[{i}].salience", "salience");
            actors.Add(new Actor(id, name, row.Number("capability", required: true, $"actors[{i}].capability") ?? double.NaN));
            stances.Add(new Stance(id, "issue", row.Number("position", required: true) ?? double.NaN, row.Number("salience", required: true) ?? double.NaN));
        }

        var finite = stances.Select(s => s.Position).Where(double.IsFinite).ToList();
        double min = finite.Count > 0 ? finite.Min() : 0;
        double max = finite.Count > 0 ? finite.Max() : 1;
        // A scale needs width; if every actor stands at one point, give it a unit span around that point.
        if (!(max > min)) { min -= 0.5; max += 0.5; }
        var dimension = new Dimension("issue", "Issue", new Scale(min, max),
            Description: "Scale taken from the span of the actors' positions, as the table states none.");
        return new Scenario(title, actors.ToValueList(), ValueList.Of(dimension), stances.ToValueList(), SalienceScale: SalienceScale.Fraction);
    }

    /// <summary>An id safe for <c>--set ID.…</c> paths, unique within the file.</summary>
    public static string UniqueId(string name, HashSet<string> taken)
    {
        var text = new StringBuilder();
        foreach (char c in name.Trim())
        {
            if (char.IsLetterOrDigit(c) || c is '_' or '-') text.Append(c);
            else if (text.Length > 0 && text[^1] != '_') text.Append('_');
        }
        string stem = text.ToString().Trim('_');
        if (stem.Length == 0) stem = "actor";
        if (stem.Length > 56) stem = stem[..56];
        string id = stem;
        for (int n = 2; !taken.Add(id); n++) id = stem + "-" + n.ToString(CultureInfo.InvariantCulture);
        return id;
    }
}
