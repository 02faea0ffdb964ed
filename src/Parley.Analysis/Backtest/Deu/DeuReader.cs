using System.Collections.Immutable;
using System.Globalization;
using CsvHelper;
using CsvHelper.Configuration;
using Parley.Core.Validation;

namespace Parley.Analysis.Backtest.Deu;

/// <summary>
/// Reads the DEU folder (<c>deu3_issues.csv</c>, <c>deu3_positions_long.csv</c>,
/// <c>deu3_actor_gdp_blksv.csv</c>), reporting every problem with its file, line and column name
/// instead of throwing.
/// </summary>
public static class DeuReader
{
    public const string IssuesFile = "deu3_issues.csv";
    public const string PositionsFile = "deu3_positions_long.csv";
    public const string GdpFile = "deu3_actor_gdp_blksv.csv";

    public static ParseResult<DeuDataset> Read(string directory)
    {
        var problems = new List<Problem>();
        if (!System.IO.Directory.Exists(directory))
        {
            return ParseResult<DeuDataset>.ForProblem(new Problem(Rules.FileNotFound,
                $"the DEU data folder '{directory}' does not exist (it should hold {IssuesFile}, {PositionsFile} and {GdpFile})", Field: OptionKey.Data.Token()));
        }
        var issueRows = ReadTable(Path.Combine(directory, IssuesFile), ["issue_id", "proposal_id", "proposal_name", "issue_seq", "type", "council", "procedure", "voting_rule", "intro_date", "reference_point", "outcome"], problems);
        var positionRows = ReadTable(Path.Combine(directory, PositionsFile), ["issue_id", "actor", "position", "salience"], problems);
        var gdpRows = ReadTable(Path.Combine(directory, GdpFile), ["actor", "gdp_blksv"], problems);
        if (issueRows is null || positionRows is null || gdpRows is null) return ParseResult<DeuDataset>.ForProblems(problems);

        var gdp = ImmutableDictionary.CreateBuilder<string, double>(StringComparer.Ordinal);
        foreach (var row in gdpRows)
        {
            if (Number(row, "gdp_blksv", problems, required: true, min: 0, max: double.MaxValue) is { } value && !gdp.TryAdd(row.Text("actor"), value))
            {
                problems.Add(row.Problem(Rules.DuplicateId, "actor", $"actor '{row.Text("actor")}' appears twice"));
            }
        }

        var positions = new Dictionary<string, List<DeuPosition>>(StringComparer.Ordinal);
        var seen = new HashSet<(string, string)>();
        foreach (var row in positionRows)
        {
            string issue = row.Text("issue_id"), actor = row.Text("actor");
            var position = Number(row, "position", problems, required: true, min: 0, max: 100);
            var salience = Number(row, "salience", problems, required: false, min: 0, max: 100);
            if (actor.Length == 0) problems.Add(row.Problem(Rules.MissingField, "actor", "empty actor"));
            else if (!gdp.ContainsKey(actor)) problems.Add(row.Problem(Rules.UnknownActor, "actor", $"actor '{actor}' is not in {GdpFile}"));
            if (!seen.Add((issue, actor))) problems.Add(row.Problem(Rules.DuplicateStance, "actor", $"second position of '{actor}' on issue '{issue}'"));
            if (position is null) continue;
            if (!positions.TryGetValue(issue, out var list)) positions[issue] = list = [];
            list.Add(new DeuPosition(actor, position.Value, salience));
        }

        var issues = ImmutableArray.CreateBuilder<DeuIssue>();
        var ids = new HashSet<string>(StringComparer.Ordinal);
        foreach (var row in issueRows)
        {
            string id = row.Text("issue_id");
            if (id.Length == 0) { problems.Add(row.Problem(Rules.MissingField, "issue_id", "empty issue id")); continue; }
            if (!ids.Add(id)) { problems.Add(row.Problem(Rules.DuplicateId, "issue_id", $"issue '{id}' appears twice")); continue; }
            if (!DeuDate.TryParse(row.Text("intro_date"), out var introduced))
            {
                problems.Add(row.Problem(Rules.InvalidDate, "intro_date", $"'{row.Text("intro_date")}' is not a date (dd-mm-yy, dd-mm-yyyy or yyyy-mm-dd)"));
                continue;
            }
            if (!int.TryParse(row.Text("issue_seq"), NumberStyles.Integer, CultureInfo.InvariantCulture, out int number)) number = 0;
            string procedure = row.Text("procedure"), rule = row.Text("voting_rule");
            if (procedure is not ("COD" or "CNS")) problems.Add(row.Problem(Rules.InvalidValue, "procedure", $"procedure '{procedure}' is neither COD nor CNS"));
            if (rule is not ("QMV" or "QMV(10)" or "Unan")) problems.Add(row.Problem(Rules.InvalidValue, "voting_rule", $"voting rule '{rule}' is not QMV, QMV(10) or Unan"));
            var rp = Number(row, "reference_point", problems, required: false, min: 0, max: 100);
            var outcome = Number(row, "outcome", problems, required: false, min: 0, max: 100);
            issues.Add(new DeuIssue(id, row.Text("proposal_id"), row.Text("proposal_name"), number, row.Text("type"), row.Text("council"), procedure, rule,
                introduced, rp, outcome, positions.TryGetValue(id, out var list) ? [.. list] : []));
        }
        foreach (var issue in positions.Keys.Where(k => !ids.Contains(k)).Order(StringComparer.Ordinal))
        {
            problems.Add(new Problem(Rules.UnknownDimension, $"positions name issue '{issue}', which is not in {IssuesFile}", PositionsFile, Field: "issue_id"));
        }
        return problems.Count > 0
            ? ParseResult<DeuDataset>.ForProblems(problems)
            : ParseResult<DeuDataset>.ForValue(new DeuDataset(issues.ToImmutable(), gdp.ToImmutable(), directory));
    }

    private static double? Number(Row row, string column, List<Problem> problems, bool required, double min, double max)
    {
        string text = row.Text(column);
        if (text.Length == 0)
        {
            if (required) problems.Add(row.Problem(Rules.MissingField, column, $"empty {column}"));
            return null;
        }
        if (!double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value) || !double.IsFinite(value))
        {
            problems.Add(row.Problem(Rules.WrongType, column, $"{column} '{text}' is not a number"));
            return null;
        }
        if (value < min || value > max)
        {
            problems.Add(row.Problem(Rules.InvalidValue, column, string.Create(CultureInfo.InvariantCulture, $"{column} {value} lies outside {min}–{max}")));
            return null;
        }
        return value;
    }

    private sealed record Row(string File, int Line, Dictionary<string, int> Columns, string[] Fields)
    {
        public string Text(string column) => Columns.TryGetValue(column, out int i) && i < Fields.Length ? Fields[i].Trim() : "";

        public Problem Problem(string rule, string column, string message) =>
            new(rule, message, File, new SourceLocation(Line, Columns.TryGetValue(column, out int i) ? i + 1 : 1), column);
    }

    private static List<Row>? ReadTable(string path, string[] required, List<Problem> problems)
    {
        string name = Path.GetFileName(path);
        if (!File.Exists(path))
        {
            problems.Add(new Problem(Rules.FileNotFound, $"missing {name} in the DEU folder", path));
            return null;
        }
        var rows = new List<Row>();
        var config = new CsvConfiguration(CultureInfo.InvariantCulture) { HasHeaderRecord = false, IgnoreBlankLines = true, DetectColumnCountChanges = false, BadDataFound = null };
        try
        {
            using var reader = new StreamReader(path);
            using var parser = new CsvParser(reader, config);
            Dictionary<string, int>? columns = null;
            while (parser.Read())
            {
                var fields = parser.Record ?? [];
                if (columns is null)
                {
                    columns = fields.Select((f, i) => (f.Trim(), i)).GroupBy(x => x.Item1).ToDictionary(g => g.Key, g => g.First().i, StringComparer.Ordinal);
                    var missing = required.Where(c => !columns.ContainsKey(c)).ToList();
                    if (missing.Count > 0)
                    {
                        problems.Add(new Problem(Rules.MissingField, $"{name} lacks the column(s) {string.Join(", ", missing)}", path, new SourceLocation(1, 1)));
                        return null;
                    }
                    continue;
                }
                rows.Add(new Row(path, parser.RawRow, columns, fields));
            }
            if (columns is null)
            {
                problems.Add(new Problem(Rules.EmptyFile, $"{name} is empty", path));
                return null;
            }
        }
        catch (Exception e) when (e is IOException or UnauthorizedAccessException or CsvHelperException)
        {
            problems.Add(new Problem(Rules.MalformedCsv, $"{name} could not be read: {e.Message.Split('\n')[0]}", path));
            return null;
        }
        return rows;
    }
}
