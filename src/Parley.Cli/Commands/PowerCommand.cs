using System.ComponentModel;
using System.Globalization;
using System.Text;
using System.Text.Json;
using Parley.Analysis.Power;
using Parley.Cli.Infrastructure;
using Parley.Core.Validation;
using Spectre.Console;
using Spectre.Console.Cli;

namespace Parley.Cli.Commands;

public sealed class PowerSettings : CommandSettings
{
    [CommandOption("-w|--weights <WEIGHTS>")]
    [Description("Comma-separated non-negative integer weights, one per player (e.g. Council votes).")]
    public string? Weights { get; init; }

    [CommandOption("-q|--quota <QUOTA>")]
    [Description("Least total weight a winning coalition needs.")]
    public long? Quota { get; init; }

    [CommandOption("-n|--names <NAMES>")]
    [Description("Comma-separated player names (default p1, p2, …).")]
    public string? Names { get; init; }

    [CommandOption("--min-members <N>")]
    [Description("A winning coalition also needs at least N members (e.g. Nice: a majority of states).")]
    public int MinMembers { get; init; }

    [CommandOption("--criterion <WEIGHTS:QUOTA>")]
    [Description("A further weighted threshold every winning coalition must meet, e.g. populations:quota. Repeatable.")]
    public string[] Criteria { get; init; } = [];

    [CommandOption("--wins-with <N>")]
    [Description("Any coalition of at least N members wins whatever its weights (Lisbon: all but three).")]
    public int? WinsWith { get; init; }

    [CommandOption("--council <REGIME>")]
    [Description("A Council of the EU rule instead of --weights: amsterdam-15, amsterdam-15-10, transitional-25, nice-25, nice-27, nice-28, lisbon-28.")]
    public string? Council { get; init; }

    [CommandOption("-f|--format <FORMAT>")]
    [Description("Output: table (default), json or csv.")]
    [DefaultValue("table")]
    public string Format { get; init; } = "table";
}

/// <summary><c>parley power</c>: exact Shapley–Shubik and Banzhaf indices of a weighted voting game.</summary>
public sealed class PowerCommand : Command<PowerSettings>
{
    public override int Execute(CommandContext context, PowerSettings settings, CancellationToken cancellationToken)
    {
        string format = OutputFormat.Parse(settings.Format, "table", "json", "csv");
        var game = Game(settings);
        if (!CoalitionCounter.CanCount(game))
        {
            throw new InputException(Rules.InvalidValue,
                $"{game.Count} players with {game.Criteria.Length} criteria and total weight {game.Criteria[0].Total}: too large for exact indices (one criterion needs (players+1)×(total+1) ≤ {CoalitionCounter.MaxTableCells}; more criteria need ≤ {CoalitionCounter.MaxEnumeratedPlayers} players)",
                "--weights");
        }
        var power = PowerIndexCalculator.Compute(game, cancellationToken);
        var terminal = Terminal.Current;
        switch (format)
        {
            case "json":
                terminal.Raw.Write(Json(game, power));
                break;
            case "csv":
                var csv = new StringBuilder("player,weight,shapley_shubik,banzhaf,banzhaf_absolute,swings\n");
                for (int i = 0; i < power.Players.Length; i++)
                {
                    csv.AppendJoin(',', power.Players[i], game.Criteria[0].Weights[i].ToString(CultureInfo.InvariantCulture), R(power.ShapleyShubik[i]), R(power.Banzhaf[i]),
                        R(power.BanzhafAbsolute[i]), power.Swings[i].ToString(CultureInfo.InvariantCulture)).Append('\n');
                }
                terminal.Raw.Write(csv.ToString());
                break;
            default:
                var table = new Table().Border(TableBorder.Rounded);
                table.Title = new TableTitle(Markup.Escape(Describe(game)));
                table.Caption = new TableTitle($"[dim]exact, by {Markup.Escape(power.Method)}; Banzhaf normalised to sum 1, absolute = probability of being decisive[/]");
                table.AddColumn("[bold]player[/]");
                foreach (var c in game.Criteria) table.AddColumn(new TableColumn($"[bold]{Markup.Escape(c.Name)}[/]").RightAligned());
                foreach (var h in new[] { "Shapley–Shubik", "Banzhaf", "Banzhaf (absolute)", "swings" }) table.AddColumn(new TableColumn($"[bold]{h}[/]").RightAligned());
                for (int i = 0; i < power.Players.Length; i++)
                {
                    var cells = new List<string> { Markup.Escape(power.Players[i]) };
                    cells.AddRange(game.Criteria.Select(c => c.Weights[i].ToString(CultureInfo.InvariantCulture)));
                    cells.Add(power.ShapleyShubik[i].ToString("0.0000", CultureInfo.InvariantCulture));
                    cells.Add(power.Banzhaf[i].ToString("0.0000", CultureInfo.InvariantCulture));
                    cells.Add(power.BanzhafAbsolute[i].ToString("0.0000", CultureInfo.InvariantCulture));
                    cells.Add(power.Swings[i].ToString(CultureInfo.InvariantCulture));
                    table.AddRow(cells.ToArray());
                }
                terminal.Out.Write(table);
                break;
        }
        return ExitCodes.Ok;
    }

    private static VotingGame Game(PowerSettings s)
    {
        if (s.Council is not null)
        {
            if (s.Weights is not null || s.Quota is not null) throw new InputException(Rules.InvalidValue, "give either --council or --weights/--quota, not both", "--council");
            var regime = CouncilRegimes.Find(s.Council)
                ?? throw new InputException(Rules.InvalidValue, $"unknown Council regime '{s.Council}'; choose from {string.Join(", ", CouncilRegimes.All.Select(r => r.Id))}", "--council");
            return regime.QualifiedMajority;
        }
        if (s.Weights is null) throw new InputException(Rules.MissingField, "give the players' weights with --weights (or a --council rule)", "--weights");
        if (s.Quota is null) throw new InputException(Rules.MissingField, "give the quota with --quota", "--quota");
        var weights = Longs(s.Weights, "--weights");
        string[] names = s.Names is null
            ? [.. weights.Select((_, i) => "p" + (i + 1).ToString(CultureInfo.InvariantCulture))]
            : s.Names.Split(',', StringSplitOptions.TrimEntries);
        if (names.Length != weights.Length) throw new InputException(Rules.InvalidValue, $"{names.Length} names for {weights.Length} weights", "--names");
        var criteria = new List<WeightCriterion> { new("weight", [.. weights], s.Quota.Value) };
        for (int c = 0; c < s.Criteria.Length; c++)
        {
            int colon = s.Criteria[c].LastIndexOf(':');
            if (colon <= 0 || !long.TryParse(s.Criteria[c][(colon + 1)..], NumberStyles.Integer, CultureInfo.InvariantCulture, out long quota))
            {
                throw new InputException(Rules.InvalidValue, $"--criterion expects WEIGHTS:QUOTA (e.g. 82,65,60:170), found '{s.Criteria[c]}'", "--criterion");
            }
            criteria.Add(new WeightCriterion("criterion" + (c + 2).ToString(CultureInfo.InvariantCulture), [.. Longs(s.Criteria[c][..colon], "--criterion")], quota));
        }
        var result = VotingGame.Create(names, criteria, s.MinMembers, s.WinsWith);
        if (!result.Success) throw new InputException(result.Problems);
        return result.Value;
    }

    private static long[] Longs(string text, string option)
    {
        var parts = text.Split(',', StringSplitOptions.TrimEntries);
        var values = new long[parts.Length];
        for (int i = 0; i < parts.Length; i++)
        {
            if (!long.TryParse(parts[i], NumberStyles.Integer, CultureInfo.InvariantCulture, out values[i]))
            {
                throw new InputException(Rules.InvalidValue, $"{option}: '{parts[i]}' (item {i + 1}) is not a whole number", option);
            }
        }
        return values;
    }

    private static string Describe(VotingGame game)
    {
        var parts = game.Criteria.Select(c => F($"{c.Name} ≥ {c.Quota} of {c.Total}")).ToList();
        if (game.MinimumMembers > 0) parts.Add(F($"≥ {game.MinimumMembers} members"));
        string rule = string.Join(" and ", parts);
        if (game.WinsWithMembers is { } w) rule = $"({rule}) or ≥ {w} members";
        return $"{game.Count} players; a coalition wins with {rule}";
    }

    private static string Json(VotingGame game, PowerIndices power)
    {
        using var buffer = new MemoryStream();
        using (var w = new Utf8JsonWriter(buffer, new JsonWriterOptions { Indented = true }))
        {
            w.WriteStartObject();
            w.WriteString("rule", Describe(game));
            w.WriteString("method", power.Method);
            w.WriteStartArray("players");
            for (int i = 0; i < power.Players.Length; i++)
            {
                w.WriteStartObject();
                w.WriteString("player", power.Players[i]);
                w.WriteStartArray("weights");
                foreach (var c in game.Criteria) w.WriteNumberValue(c.Weights[i]);
                w.WriteEndArray();
                w.WriteNumber("shapley_shubik", power.ShapleyShubik[i]);
                w.WriteNumber("banzhaf", power.Banzhaf[i]);
                w.WriteNumber("banzhaf_absolute", power.BanzhafAbsolute[i]);
                w.WriteNumber("swings", power.Swings[i]);
                w.WriteEndObject();
            }
            w.WriteEndArray();
            w.WriteEndObject();
        }
        return Encoding.UTF8.GetString(buffer.ToArray()) + "\n";
    }

    private static string R(double v) => v.ToString("R", CultureInfo.InvariantCulture);

    private static string F(FormattableString s) => s.ToString(CultureInfo.InvariantCulture);
}
