using System.Globalization;
using Parley.Core.Validation;

namespace Parley.Core.Formats;

/// <summary>
/// Parley's flat CSV: one row per actor × dimension, for analysts who keep stances in a
/// spreadsheet. Actor and dimension attributes may repeat on every row (they must then agree) or
/// appear once. The title comes from the file name; salience is written 0–100.
/// </summary>
internal static class ScenarioCsvReader
{
    public static readonly string[] RequiredColumns = ["actor", "capability", "dimension", "position", "salience"];

    public static readonly string[] OptionalColumns =
    [
        "actor_name", "capability_low", "capability_high", "cameo", "group",
        "dimension_label", "scale_min", "scale_max", "status_quo",
        "position_low", "position_high", "salience_low", "salience_high", "sources", "rationale",
    ];

    public static Scenario? Read(List<CsvRow> rows, string title, ProblemList problems)
    {
        var header = rows[0];
        var columns = new Dictionary<string, int>(StringComparer.Ordinal);
        for (int c = 0; c < header.Fields.Length; c++)
        {
            string name = header.Fields[c].Trim().ToLowerInvariant();
            if (name.Length == 0) continue;
            if (!RequiredColumns.Contains(name) && !OptionalColumns.Contains(name))
            {
                problems.AddGeneral(Rules.UnknownField, $"unknown column '{header.Fields[c]}'; the columns are {string.Join(", ", RequiredColumns)} and optionally {string.Join(", ", OptionalColumns)}", new SourceLocation(header.Line, c + 1));
                continue;
            }
            if (!columns.TryAdd(name, c)) problems.AddGeneral(Rules.DuplicateKey, $"column '{name}' appears twice", new SourceLocation(header.Line, c + 1));
        }
        foreach (var required in RequiredColumns)
        {
            if (!columns.ContainsKey(required)) problems.AddGeneral(Rules.MissingField, $"required column '{required}' is missing from the header", new SourceLocation(header.Line, 1));
        }
        if (problems.Count > 0) return null;

        var actors = new List<ActorDraft>();
        var dimensions = new List<DimensionDraft>();
        var stances = new List<Stance>();
        for (int r = 1; r < rows.Count; r++)
        {
            var row = new RowReader(rows[r], columns, problems, $"stances[{stances.Count}]");
            if (rows[r].Fields.All(string.IsNullOrWhiteSpace)) continue;
            string actorId = row.Text("actor", required: true) ?? "";
            string dimensionId = row.Text("dimension", required: true) ?? "";

            var actor = actors.Find(a => a.Id == actorId);
            if (actor is null)
            {
                actor = new ActorDraft(actorId, $"actors[{actors.Count}]", rows[r].Line);
                actors.Add(actor);
                problems.Map.Record(actor.Path, new SourceLocation(rows[r].Line, 1));
                problems.Map.Record(actor.Path + ".id", row.At("actor"));
                problems.Map.Name(actor.Path + ".id", "actor");
            }
            actor.Merge(row, problems);

            var dimension = dimensions.Find(d => d.Id == dimensionId);
            if (dimension is null)
            {
                dimension = new DimensionDraft(dimensionId, $"dimensions[{dimensions.Count}]");
                dimensions.Add(dimension);
                problems.Map.Record(dimension.Path, new SourceLocation(rows[r].Line, 1));
                problems.Map.Record(dimension.Path + ".id", row.At("dimension"));
                problems.Map.Name(dimension.Path + ".id", "dimension");
            }
            dimension.Merge(row, problems);

            string path = $"stances[{stances.Count}]";
            problems.Map.Record(path, new SourceLocation(rows[r].Line, 1));
            foreach (var (field, column) in new[] { ("actor", "actor"), ("dimension", "dimension"), ("position", "position"), ("salience", "salience"), ("position_range", "position_low"), ("salience_range", "salience_low"), ("sources", "sources") })
            {
                problems.Map.Record($"{path}.{field}", row.At(column));
                problems.Map.Name($"{path}.{field}", column == "position_low" ? "position_low/position_high" : column == "salience_low" ? "salience_low/salience_high" : column);
            }
            stances.Add(new Stance(
                actorId,
                dimensionId,
                row.Number("position", required: true) ?? double.NaN,
                row.Number("salience", required: true) ?? double.NaN,
                row.Range("position_low", "position_high", path + ".position_range"),
                row.Range("salience_low", "salience_high", path + ".salience_range"),
                row.List("sources"),
                row.Text("rationale", required: false)));
        }

        foreach (var actor in actors)
        {
            if (!actor.HasCapability && !problems.HasFailed(actor.Path + ".capability"))
            {
                problems.Add(Rules.MissingField, actor.Path + ".capability", $"actor '{actor.Id}' has no capability on any row (first row: line {actor.FirstLine})", new SourceLocation(actor.FirstLine, columns["capability"] + 1));
            }
        }

        return new Scenario(
            title,
            actors.Select(a => a.Build()).ToValueList(),
            dimensions.Select(d => d.Build()).ToValueList(),
            stances.ToValueList());
    }

    /// <summary>Typed access to the cells of one row, reporting problems at line and column.</summary>
    internal sealed class RowReader(CsvRow row, Dictionary<string, int> columns, ProblemList problems, string path)
    {
        public int Line => row.Line;

        public SourceLocation At(string column) =>
            new(row.Line, columns.TryGetValue(column, out int c) ? c + 1 : 1);

        public string? Raw(string column)
        {
            if (!columns.TryGetValue(column, out int c) || c >= row.Fields.Length) return null;
            string value = row.Fields[c].Trim();
            return value.Length == 0 ? null : value;
        }

        public string? Text(string column, bool required, string? field = null)
        {
            string? value = Raw(column);
            if (value is null && required) Report(Rules.MissingField, column, $"line {row.Line}: column '{column}' is empty", field);
            return value;
        }

        /// <summary>Reads a number; problems are filed under <paramref name="field"/> (default: this stance's field of the same name).</summary>
        public double? Number(string column, bool required, string? field = null)
        {
            string? text = Text(column, required, field);
            if (text is null) return null;
            if (double.TryParse(text, NumberStyles.Float, CultureInfo.InvariantCulture, out double value))
            {
                if (double.IsFinite(value)) return value;
                Report(Rules.NonFinite, column, $"line {row.Line}: '{text}' in column '{column}' is not a finite number", field);
                return null;
            }
            string rule = text.Trim().TrimStart('+', '-').ToLowerInvariant() is "nan" or "inf" or "infinity" or "∞" ? Rules.NonFinite : Rules.WrongType;
            Report(rule, column, $"line {row.Line}: column '{column}' must hold a number, found '{text}'", field);
            return null;
        }

        public Interval? Range(string lowColumn, string highColumn, string rangePath)
        {
            double? low = Number(lowColumn, required: false, rangePath);
            double? high = Number(highColumn, required: false, rangePath);
            if (low is null && high is null) return null;
            if (low is { } lo && high is { } hi) return new Interval(lo, hi);
            if (Raw(lowColumn) is null || Raw(highColumn) is null)
            {
                problems.Add(Rules.MissingField, rangePath, $"line {row.Line}: give both {lowColumn} and {highColumn}, or neither", At(Raw(lowColumn) is null ? lowColumn : highColumn));
            }
            return null;
        }

        public ValueList<string>? List(string column)
        {
            string? text = Raw(column);
            if (text is null) return null;
            return text.Split(';', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries).ToValueList();
        }

        public void Report(string rule, string column, string message, string? field = null)
        {
            field ??= $"{path}.{column}";
            problems.Map.Name(field, column);
            problems.Add(rule, field, message, At(column));
        }

        public void Conflict(string column, string what, string earlier) =>
            problems.AddGeneral(Rules.InvalidValue, $"{column}: line {row.Line} gives {what} '{Raw(column)}', but an earlier row gave '{earlier}'", At(column));
    }

    private sealed class ActorDraft(string id, string path, int firstLine)
    {
        private string? name, cameo, group;
        private double? capability, capabilityLow, capabilityHigh;

        public string Id => id;
        public string Path => path;
        public int FirstLine => firstLine;

        public void Merge(RowReader row, ProblemList problems)
        {
            MergeText(row, "actor_name", ref name);
            MergeText(row, "cameo", ref cameo);
            MergeText(row, "group", ref group);
            MergeNumber(row, "capability", ref capability, path + ".capability", problems);
            MergeNumber(row, "capability_low", ref capabilityLow, path + ".capability_range", problems);
            MergeNumber(row, "capability_high", ref capabilityHigh, path + ".capability_range", problems);
        }

        public bool HasCapability => capability is not null;

        public Actor Build() => new(
            id,
            name ?? id,
            capability ?? double.NaN,
            capabilityLow is { } lo && capabilityHigh is { } hi ? new Interval(lo, hi) : null,
            cameo,
            group);

        private void MergeNumber(RowReader row, string column, ref double? slot, string fieldPath, ProblemList problems)
        {
            if (row.Raw(column) is null) return;
            problems.Map.Record(fieldPath, row.At(column));
            problems.Map.Name(fieldPath, column);
            var value = row.Number(column, required: false, fieldPath);
            if (value is null) return;
            if (slot is { } earlier && earlier != value) row.Conflict(column, $"actor '{id}' {column}", earlier.ToString("R", CultureInfo.InvariantCulture));
            slot ??= value;
        }

        private static void MergeText(RowReader row, string column, ref string? slot)
        {
            string? value = row.Raw(column);
            if (value is null) return;
            if (slot is not null && slot != value) row.Conflict(column, column, slot);
            slot ??= value;
        }
    }

    private sealed class DimensionDraft(string id, string path)
    {
        private string? label;
        private double? min, max, statusQuo;

        public string Id => id;
        public string Path => path;

        public void Merge(RowReader row, ProblemList problems)
        {
            string? value = row.Raw("dimension_label");
            if (value is not null)
            {
                if (label is not null && label != value) row.Conflict("dimension_label", "dimension_label", label);
                label ??= value;
            }
            Merge(row, "scale_min", ref min, path + ".scale.min", problems);
            Merge(row, "scale_max", ref max, path + ".scale.max", problems);
            Merge(row, "status_quo", ref statusQuo, path + ".status_quo", problems);
        }

        public Dimension Build() => new(id, label ?? id, new Scale(min ?? 0, max ?? 100), null, statusQuo);

        private void Merge(RowReader row, string column, ref double? slot, string fieldPath, ProblemList problems)
        {
            if (row.Raw(column) is null) return;
            problems.Map.Record(fieldPath, row.At(column));
            problems.Map.Name(fieldPath, column);
            var value = row.Number(column, required: false, fieldPath);
            if (value is null) return;
            if (slot is { } earlier && earlier != value) row.Conflict(column, $"dimension '{id}' {column}", earlier.ToString("R", CultureInfo.InvariantCulture));
            slot ??= value;
        }
    }
}
