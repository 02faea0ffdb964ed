namespace Parley.Core;

/// <summary>
/// How a change of the status quo is adopted on a dimension (or on every dimension of a scenario):
/// which coalitions of actors are <em>winning</em>, who holds a veto, who proposes, and what happens
/// without agreement. Models and analyses interpret it (win-set, core, the procedural model); Core
/// only holds and validates it. Literature per kind: docs/models/procedural-model.md.
/// </summary>
/// <param name="Kind">The voting rule.</param>
/// <param name="MemberIds">
/// Who votes. <c>null</c> means: every actor (<see cref="DecisionRuleKind.Unanimity"/>,
/// <see cref="DecisionRuleKind.Majority"/>), the actors holding a weight
/// (<see cref="DecisionRuleKind.Weighted"/>), the permanent members (<see cref="DecisionRuleKind.Unsc"/>;
/// list elected Council members here together with the permanent ones).
/// </param>
/// <param name="VetoPlayerIds">Actors whose consent is needed in addition to the rule (a second chamber, a court, a legislature).</param>
/// <param name="AgendaSetterId">The actor that makes the take-it-or-leave-it proposal (Romer–Rosenthal), if any.</param>
/// <param name="StatusQuoIsFallback">
/// Whether the status quo stands when no winning coalition agrees (true for nearly every
/// negotiation). False: some decision must be taken (a budget that must be set), so the outcome lies
/// in the core and P(status quo holds) is not defined.
/// </param>
/// <param name="Threshold">
/// <see cref="DecisionRuleKind.Majority"/>: the share of members needed, in (0.5, 1]; a coalition wins
/// with at least that share (null: more than half). Not used by other kinds (weighted thresholds sit
/// in <see cref="Criteria"/>).
/// </param>
/// <param name="Criteria">
/// <see cref="DecisionRuleKind.Weighted"/>: the weighted criteria a winning coalition must all meet.
/// </param>
/// <param name="MinimumMembers"><see cref="DecisionRuleKind.Weighted"/>: at least this many members must be in favour (Nice: a majority of states).</param>
/// <param name="WinsWithMembers">
/// <see cref="DecisionRuleKind.Weighted"/>: a coalition of at least this many members wins whatever its
/// weights (Lisbon: a blocking minority needs four states, so n − 3 states always win).
/// </param>
/// <param name="PermanentMemberIds"><see cref="DecisionRuleKind.Unsc"/>: the permanent members among the actors; each has a veto.</param>
/// <param name="Rationale">Why this rule applies, in the analyst's words.</param>
/// <param name="SourceIds">Sources for the rule (treaty articles, rules of procedure).</param>
public sealed record DecisionRule(
    DecisionRuleKind Kind,
    ValueList<string>? MemberIds = null,
    ValueList<string>? VetoPlayerIds = null,
    string? AgendaSetterId = null,
    bool StatusQuoIsFallback = true,
    double? Threshold = null,
    ValueList<VoteCriterion>? Criteria = null,
    int? MinimumMembers = null,
    int? WinsWithMembers = null,
    ValueList<string>? PermanentMemberIds = null,
    string? Rationale = null,
    ValueList<string>? SourceIds = null)
{
    /// <summary>The rule assumed when a scenario names none: consensus of every actor, status quo as fallback.</summary>
    public static readonly DecisionRule Consensus = new(DecisionRuleKind.Unanimity);

    /// <summary>Seats on the UN Security Council.</summary>
    public const int SecurityCouncilSeats = 15;

    /// <summary>Affirmative votes the Security Council needs on non-procedural matters (Art. 27(3) UN Charter).</summary>
    public const int SecurityCouncilVotesNeeded = 9;

    public ValueList<string> VetoPlayers => VetoPlayerIds ?? ValueList<string>.Empty;

    public ValueList<VoteCriterion> WeightCriteria => Criteria ?? ValueList<VoteCriterion>.Empty;

    public ValueList<string> PermanentMembers => PermanentMemberIds ?? ValueList<string>.Empty;

    public ValueList<string> Sources => SourceIds ?? ValueList<string>.Empty;

    /// <summary>The word used in files and output: <c>unanimity</c>, <c>majority</c>, <c>weighted</c>, <c>unsc</c>.</summary>
    public string KindName => NameOf(Kind);

    public static string NameOf(DecisionRuleKind kind) => kind switch
    {
        DecisionRuleKind.Unanimity => "unanimity",
        DecisionRuleKind.Majority => "majority",
        DecisionRuleKind.Weighted => "weighted",
        DecisionRuleKind.Unsc => "unsc",
        _ => kind.ToString().ToLowerInvariant(),
    };

    public static DecisionRuleKind? ParseKind(string text) => text.Trim().ToLowerInvariant() switch
    {
        "unanimity" or "consensus" => DecisionRuleKind.Unanimity,
        "majority" => DecisionRuleKind.Majority,
        "weighted" => DecisionRuleKind.Weighted,
        "unsc" => DecisionRuleKind.Unsc,
        _ => null,
    };

    /// <summary>
    /// The voting members among <paramref name="scenario"/>'s actors, in the scenario's actor order:
    /// the listed members, or the default of the kind (see <see cref="MemberIds"/>).
    /// </summary>
    public IReadOnlyList<string> Members(Scenario scenario)
    {
        IEnumerable<string> ids = MemberIds is { } listed ? listed
            : Kind switch
            {
                DecisionRuleKind.Weighted => WeightCriteria.SelectMany(c => c.Weights).Where(w => w.Weight > 0).Select(w => w.ActorId),
                DecisionRuleKind.Unsc => PermanentMembers,
                _ => scenario.Actors.Select(a => a.Id),
            };
        var set = new HashSet<string>(ids, StringComparer.Ordinal);
        return scenario.Actors.Where(a => set.Contains(a.Id)).Select(a => a.Id).ToList();
    }

    /// <summary>
    /// Every actor whose consent any winning coalition needs, by the rule itself: all members under
    /// unanimity, the permanent members under <c>unsc</c>, plus the listed veto players.
    /// (Weighted and majority games can also create vetoes through their thresholds; the win-set
    /// analysis finds those from the coalitions.)
    /// </summary>
    public IReadOnlyList<string> DeclaredVetoPlayers(Scenario scenario)
    {
        var set = new HashSet<string>(VetoPlayers, StringComparer.Ordinal);
        if (Kind == DecisionRuleKind.Unanimity) set.UnionWith(Members(scenario));
        if (Kind == DecisionRuleKind.Unsc) set.UnionWith(PermanentMembers);
        return scenario.Actors.Where(a => set.Contains(a.Id)).Select(a => a.Id).ToList();
    }

    /// <summary>
    /// The rule with <paramref name="actorId"/> taken out of every list (members, veto players,
    /// weights, permanent members; no longer the agenda setter) — what-if analysis dropping an actor.
    /// </summary>
    public DecisionRule WithoutActor(string actorId)
    {
        ValueList<string>? Drop(ValueList<string>? ids) => ids?.Where(id => id != actorId).ToValueList();
        return this with
        {
            MemberIds = Drop(MemberIds),
            VetoPlayerIds = Drop(VetoPlayerIds),
            PermanentMemberIds = Drop(PermanentMemberIds),
            AgendaSetterId = AgendaSetterId == actorId ? null : AgendaSetterId,
            Criteria = Criteria?.Select(c => c with { Weights = c.Weights.Where(w => w.ActorId != actorId).ToValueList() }).ToValueList(),
        };
    }

    /// <summary>A one-line description for tables: "unanimity of USA, CHN, …", "unsc (P5: USA, CHN, RUS)".</summary>
    public string Describe(Scenario scenario)
    {
        var members = Members(scenario);
        string list = string.Join(", ", members);
        string text = Kind switch
        {
            DecisionRuleKind.Unanimity => $"unanimity of {list}",
            DecisionRuleKind.Majority => Threshold is { } share
                ? FormattableString.Invariant($"majority of {share:0.###} of {list}")
                : $"simple majority of {list}",
            DecisionRuleKind.Weighted => $"weighted vote ({string.Join(", ", WeightCriteria.Select(c => c.Name))}) of {members.Count} members",
            DecisionRuleKind.Unsc => $"UN Security Council (veto: {string.Join(", ", PermanentMembers)})",
            _ => KindName,
        };
        if (VetoPlayers.Count > 0) text += $"; veto: {string.Join(", ", VetoPlayers)}";
        if (AgendaSetterId is { } setter) text += $"; agenda setter {setter}";
        if (!StatusQuoIsFallback) text += "; no status-quo fallback";
        return text;
    }
}
