namespace Parley.Core;

/// <summary>
/// How the parties to a negotiation (or the members of a body) adopt a change of the status quo.
/// Each kind defines which coalitions are <em>winning</em>; see docs/models/procedural-model.md.
/// </summary>
public enum DecisionRuleKind
{
    /// <summary>Every member must agree: each is a veto player (Tsebelis 2002). The consensus rule of most diplomacy.</summary>
    Unanimity,

    /// <summary>A share of the members (default: more than half) suffices; no one has a veto unless listed.</summary>
    Majority,

    /// <summary>
    /// Weighted voting: a coalition wins when the weights of its members reach every criterion's
    /// threshold (a Council under Nice's triple or Lisbon's double majority; Shapley–Shubik/Banzhaf games).
    /// </summary>
    Weighted,

    /// <summary>
    /// The UN Security Council (Art. 27(3) UN Charter): nine affirmative votes of fifteen, including
    /// every permanent member's concurrence. The permanent members are veto players.
    /// </summary>
    Unsc,
}
