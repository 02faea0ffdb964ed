using System.Collections.Immutable;
using System.Globalization;
using System.Text;
using Parley.Core.Validation;

namespace Parley.Core.Formats;

/// <summary>An actor row (<c>#A</c>) of a Decide file.</summary>
public sealed record DecideActor(string Id, string Name, string Comment, int Line);

/// <summary>An issue row (<c>#P</c>) with the scale its <c>#M</c> rows give (0–100 without any).</summary>
public sealed record DecideIssue(string Id, string Description, double Lower, double Upper, ImmutableArray<Anchor> Points, int Line);

/// <summary>An actor-issue row (<c>#D</c>): position on the issue's scale, salience and power (per issue in Decide).</summary>
public sealed record DecideActorIssue(int Actor, int Issue, double Position, double Salience, double Power, int Line);

/// <summary>
/// A Decide data file as written (foarsitter/decide-exchange-model): actors and issues in file
/// order, and the actor-issues present (an actor may sit an issue out).
/// </summary>
public sealed record DecideDataset(string Title, ImmutableArray<DecideActor> Actors, ImmutableArray<DecideIssue> Issues, ImmutableArray<DecideActorIssue> ActorIssues);

/// <summary>
/// Reads Decide's CSV input: rows tagged by their first cell — <c>#A</c> actor (id, name, comment),
/// <c>#P</c> issue (name, description), <c>#M</c> a labelled point of an issue's scale (issue,
/// position, label), <c>#D</c> actor-issue (actor, issue, position, salience, power, [comment]),
/// <c>#/</c>, <c>#O</c> and <c>#0</c> comments. The separator is a tab, ';' or ',' (whichever the
/// first row uses), cells may be quoted with ' or ". Decide's own reader silently drops bad rows
/// and crashes on unknown tags; this one reports every problem with its line and column.
/// An issue's scale runs from its first <c>#M</c> to the largest (Decide's rule; a later point
/// below the first, on which Decide crashes, extends the scale down).
/// </summary>
public static class DecideCsvReader
{
    public const int MaxRows = 200_000;
    public const int MaxCellLength = 1_000;

    /// <summary>True if the text looks like a Decide file: its first non-blank row starts with a Decide tag.</summary>
    public static bool Matches(string text)
    {
        foreach (var raw in text.TrimStart('\uFEFF').Split('\n'))
        {
            string line = raw.Trim();
            if (line.Length == 0) continue;
            string first = line.TrimStart('\'', '"');
            return first.Length >= 2 && first[0] == '#' && "APMD/O0".Contains(first[1], StringComparison.Ordinal)
                && (first.Length == 2 || !char.IsLetterOrDigit(first[2]));
        }
        return false;
    }

    public static DecideDataset? Read(string text, string title, ProblemList problems)
    {
        var actors = new List<DecideActor>();
        var issues = new List<(string Id, string Description, int Line, List<Anchor> Points, double? First)>();
        var rows = new List<(string[] Cells, int[] Columns, int Line)>();
        var actorIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        var issueIndex = new Dictionary<string, int>(StringComparer.Ordinal);
        char? separator = null;
        int lineNumber = 0;
        foreach (var raw in text.TrimStart('\uFEFF').Split('\n'))
        {
            lineNumber++;
            string line = raw.TrimEnd('\r');
            if (line.Trim().Length == 0) continue;
            if (rows.Count >= MaxRows)
            {
                problems.AddGeneral(Rules.FileTooLarge, $"more than {MaxRows} rows", new SourceLocation(lineNumber, 1));
                return null;
            }
            separator ??= line.Contains('\t') ? '\t' : line.Contains(';') ? ';' : ',';
            if (!Split(line, separator.Value, out var cells, out var columns, out int badColumn))
            {
                problems.AddGeneral(Rules.MalformedCsv, "a quoted cell is not closed", new SourceLocation(lineNumber, badColumn));
                continue;
            }
            rows.Add((cells, columns, lineNumber));
        }

        // First pass: actors, issues and scale points, so #D rows may refer to rows further down.
        var dRows = new List<(string[] Cells, int[] Columns, int Line)>();
        foreach (var (cells, columns, line) in rows)
        {
            string tag = cells[0].Trim();
            var at = new SourceLocation(line, columns[0]);
            switch (tag)
            {
                case "#/" or "#O" or "#0":
                    break;
                case "#A":
                    {
                        string id = Cell(cells, 1);
                        if (!CheckText(id, "actor id", line, Column(columns, 1), problems, required: true)) break;
                        if (actorIndex.ContainsKey(id))
                        {
                            problems.AddGeneral(Rules.DuplicateId, $"actor id: '{id}' is defined twice (first on line {actors[actorIndex[id]].Line}) [#A row]", new SourceLocation(line, Column(columns, 1)));
                            break;
                        }
                        actorIndex[id] = actors.Count;
                        string name = Cell(cells, 2);
                        actors.Add(new DecideActor(id, name.Length == 0 ? id : name, Rest(cells, 3), line));
                        break;
                    }
                case "#P":
                    {
                        string id = Cell(cells, 1);
                        if (!CheckText(id, "issue name", line, Column(columns, 1), problems, required: true)) break;
                        if (issueIndex.ContainsKey(id))
                        {
                            problems.AddGeneral(Rules.DuplicateId, $"issue name: '{id}' is defined twice (first on line {issues[issueIndex[id]].Line}) [#P row]", new SourceLocation(line, Column(columns, 1)));
                            break;
                        }
                        issueIndex[id] = issues.Count;
                        issues.Add((id, Rest(cells, 2), line, [], null));
                        break;
                    }
                case "#M":
                case "#D":
                    dRows.Add((cells, columns, line));
                    break;
                default:
                    problems.AddGeneral(Rules.MalformedCsv,
                        $"row kind: '{Truncate(tag)}' is not a Decide row tag (#A actor, #P issue, #M scale point, #D actor-issue, #/ comment)",
                        at);
                    break;
            }
        }

        var entries = new List<DecideActorIssue>();
        var seen = new Dictionary<(int, int), int>();
        foreach (var (cells, columns, line) in dRows)
        {
            string tag = cells[0].Trim();
            if (tag == "#M")
            {
                string issueName = Cell(cells, 1);
                if (!issueIndex.TryGetValue(issueName, out int k))
                {
                    problems.AddGeneral(Rules.UnknownDimension, $"issue: '{Truncate(issueName)}' has no #P row [#M row]", new SourceLocation(line, Column(columns, 1)));
                    continue;
                }
                if (!Number(cells, columns, 2, "position", line, problems, out double value)) continue;
                var issue = issues[k];
                issue.Points.Add(new Anchor(value, Rest(cells, 3)));
                issues[k] = issue with { First = issue.First ?? value };
                continue;
            }
            string actorId = Cell(cells, 1), issueId = Cell(cells, 2);
            bool ok = true;
            if (!actorIndex.TryGetValue(actorId, out int i))
            {
                problems.AddGeneral(Rules.UnknownActor, $"actor: '{Truncate(actorId)}' has no #A row [#D row]", new SourceLocation(line, Column(columns, 1)));
                ok = false;
            }
            if (!issueIndex.TryGetValue(issueId, out int d))
            {
                problems.AddGeneral(Rules.UnknownDimension, $"issue: '{Truncate(issueId)}' has no #P row [#D row]", new SourceLocation(line, Column(columns, 2)));
                ok = false;
            }
            ok &= Number(cells, columns, 3, "position", line, problems, out double position);
            ok &= Number(cells, columns, 4, "salience", line, problems, out double salience);
            ok &= Number(cells, columns, 5, "power", line, problems, out double power);
            if (ok && salience < 0)
            {
                problems.AddGeneral(Rules.SalienceOutOfRange, $"salience: must be ≥ 0, found {F(salience)}", new SourceLocation(line, Column(columns, 4)));
                ok = false;
            }
            if (ok && power < 0)
            {
                problems.AddGeneral(Rules.NegativeCapability, $"power: must be ≥ 0, found {F(power)}", new SourceLocation(line, Column(columns, 5)));
                ok = false;
            }
            if (!ok) continue;
            if (seen.TryGetValue((i, d), out int firstLine))
            {
                problems.AddGeneral(Rules.DuplicateStance, $"actor-issue: '{actorId}' on '{issueId}' is given twice (first on line {firstLine}) [#D row]", new SourceLocation(line, columns[0]));
                continue;
            }
            seen[(i, d)] = line;
            entries.Add(new DecideActorIssue(i, d, position, salience, power, line));
        }

        var scaled = new List<DecideIssue>(issues.Count);
        foreach (var issue in issues)
        {
            double lower = 0, upper = 100;
            if (issue.Points.Count > 0)
            {
                lower = Math.Min(issue.First!.Value, issue.Points.Min(p => p.Value));
                upper = issue.Points.Max(p => p.Value);
            }
            if (!(upper > lower))
            {
                problems.AddGeneral(Rules.InvalidScale, $"issue '{issue.Id}': its #M points span no range ({F(lower)}–{F(upper)})", new SourceLocation(issue.Line, 1));
                continue;
            }
            scaled.Add(new DecideIssue(issue.Id, issue.Description, lower, upper, [.. issue.Points], issue.Line));
        }
        if (problems.Count > 0) return null;
        foreach (var e in entries)
        {
            var issue = scaled[e.Issue];
            if (e.Position < issue.Lower || e.Position > issue.Upper)
            {
                problems.AddGeneral(Rules.PositionOutOfScale, $"position: {F(e.Position)} lies outside issue '{issue.Id}''s scale {F(issue.Lower)}–{F(issue.Upper)} [#D row]",
                    new SourceLocation(e.Line, 1));
            }
        }
        if (actors.Count == 0) problems.AddGeneral(Rules.EmptyScenario, "the file has no #A (actor) rows");
        if (scaled.Count == 0) problems.AddGeneral(Rules.EmptyScenario, "the file has no #P (issue) rows");
        else if (entries.Count == 0) problems.AddGeneral(Rules.EmptyScenario, "the file has no #D (actor-issue) rows");
        if (problems.Count > 0) return null;
        return new DecideDataset(title, [.. actors], [.. scaled], [.. entries]);
    }

    /// <summary>
    /// The Decide data as a Parley scenario: one capability per actor (Decide allows one per
    /// actor-issue; a file whose powers differ by issue is refused), saliences as fractions when all
    /// are ≤ 1, and an actor that sits an issue out given salience 0 there.
    /// </summary>
    public static Scenario? ToScenario(DecideDataset data, ProblemList problems)
    {
        int n = data.Actors.Length;
        var power = new double?[n];
        var powerLine = new int[n];
        foreach (var e in data.ActorIssues)
        {
            if (power[e.Actor] is null)
            {
                power[e.Actor] = e.Power;
                powerLine[e.Actor] = e.Line;
            }
            else if (power[e.Actor] != e.Power)
            {
                problems.AddGeneral(Rules.InvalidValue,
                    $"power: actor '{data.Actors[e.Actor].Id}' has power {F(e.Power)} here but {F(power[e.Actor]!.Value)} on line {powerLine[e.Actor]}; a Parley scenario holds one capability per actor (Decide's exchange model itself reads per-issue power: run it on the Decide data directly)",
                    new SourceLocation(e.Line, 1));
                power[e.Actor] = e.Power;
            }
        }
        if (problems.Count > 0) return null;

        var taken = new HashSet<string>(StringComparer.Ordinal);
        var actorIds = data.Actors.Select(a => BdmCsvReader.UniqueId(a.Id, taken)).ToArray();
        taken.Clear();
        var issueIds = data.Issues.Select(i => BdmCsvReader.UniqueId(i.Id, taken)).ToArray();
        bool fraction = data.ActorIssues.All(e => e.Salience <= 1);
        var actors = data.Actors.Select((a, i) => new Actor(actorIds[i], a.Name, power[i] ?? 0,
            Rationale: a.Comment.Length > 0 ? a.Comment : null)).ToList();
        var dimensions = data.Issues.Select((d, k) => new Dimension(issueIds[k], d.Description.Length > 0 ? d.Description : d.Id,
            new Scale(d.Lower, d.Upper),
            d.Points.Where(p => p.Label.Length > 0).ToValueList())).ToList();
        var stances = new List<Stance>();
        var given = data.ActorIssues.ToDictionary(e => (e.Actor, e.Issue));
        for (int i = 0; i < n; i++)
        {
            for (int k = 0; k < data.Issues.Length; k++)
            {
                if (given.TryGetValue((i, k), out var e))
                {
                    stances.Add(new Stance(actorIds[i], issueIds[k], e.Position, e.Salience));
                }
                else
                {
                    var issue = data.Issues[k];
                    stances.Add(new Stance(actorIds[i], issueIds[k], (issue.Lower + issue.Upper) / 2, 0,
                        Rationale: "not in the Decide file: the actor sits this issue out (salience 0)"));
                }
            }
        }
        return new Scenario(data.Title, actors.ToValueList(), dimensions.ToValueList(), stances.ToValueList(),
            SalienceScale: fraction ? SalienceScale.Fraction : SalienceScale.Percent);
    }

    /// <summary>Reads the text and converts it to a scenario (the path of <c>parley forecast FILE.csv</c>).</summary>
    public static Scenario? ReadScenario(string text, string title, ProblemList problems)
    {
        var data = Read(text, title, problems);
        return data is null ? null : ToScenario(data, problems);
    }

    private static bool Split(string line, char separator, out string[] cells, out int[] columns, out int badColumn)
    {
        var list = new List<string>();
        var starts = new List<int>();
        var cell = new StringBuilder();
        int i = 0;
        badColumn = 0;
        while (true)
        {
            while (i < line.Length && line[i] == ' ' && separator != ' ') i++;
            starts.Add(i + 1);
            cell.Clear();
            if (i < line.Length && line[i] is '\'' or '"')
            {
                char quote = line[i];
                int open = i++;
                bool closed = false;
                while (i < line.Length)
                {
                    if (line[i] == quote)
                    {
                        if (i + 1 < line.Length && line[i + 1] == quote)
                        {
                            cell.Append(quote);
                            i += 2;
                            continue;
                        }
                        i++;
                        closed = true;
                        break;
                    }
                    cell.Append(line[i++]);
                }
                if (!closed)
                {
                    badColumn = open + 1;
                    cells = [];
                    columns = [];
                    return false;
                }
                while (i < line.Length && line[i] != separator) i++;
            }
            else
            {
                while (i < line.Length && line[i] != separator) cell.Append(line[i++]);
            }
            list.Add(cell.ToString().Trim());
            if (i >= line.Length) break;
            i++; // the separator
        }
        cells = [.. list];
        columns = [.. starts];
        return true;
    }

    private static string Cell(string[] cells, int index) => index < cells.Length ? cells[index] : "";

    /// <summary>Decide folds extra cells into the last field; files often repeat the name there, so repeats are dropped.</summary>
    private static string Rest(string[] cells, int index) =>
        index < cells.Length ? string.Join(" — ", cells.Skip(index).Where(c => c.Length > 0).Distinct(StringComparer.Ordinal)) : "";

    private static int Column(int[] columns, int index) => index < columns.Length ? columns[index] : columns[^1];

    private static bool CheckText(string value, string what, int line, int column, ProblemList problems, bool required)
    {
        if (required && value.Length == 0)
        {
            problems.AddGeneral(Rules.MissingField, $"{what}: is empty", new SourceLocation(line, column));
            return false;
        }
        if (value.Length > MaxCellLength)
        {
            problems.AddGeneral(Rules.InvalidValue, $"{what}: has {value.Length} characters; at most {MaxCellLength}", new SourceLocation(line, column));
            return false;
        }
        return true;
    }

    private static bool Number(string[] cells, int[] columns, int index, string field, int line, ProblemList problems, out double value)
    {
        value = 0;
        if (index >= cells.Length || cells[index].Length == 0)
        {
            problems.AddGeneral(Rules.MissingField, $"{field}: missing (cell {index + 1})", new SourceLocation(line, Column(columns, index)));
            return false;
        }
        string text = cells[index];
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out value))
        {
            problems.AddGeneral(Rules.WrongType, $"{field}: '{Truncate(text)}' is not a number", new SourceLocation(line, columns[index]));
            return false;
        }
        if (!double.IsFinite(value))
        {
            problems.AddGeneral(Rules.NonFinite, $"{field}: must be a finite number, found '{Truncate(text)}'", new SourceLocation(line, columns[index]));
            return false;
        }
        return true;
    }

    private static string Truncate(string text) => text.Length <= 40 ? text : text[..40] + "…";

    private static string F(double value) => value.ToString("R", CultureInfo.InvariantCulture);
}
