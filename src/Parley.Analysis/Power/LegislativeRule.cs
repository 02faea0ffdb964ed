namespace Parley.Analysis.Power;

/// <summary>How an EU legislative act is adopted, as far as the power indices need it.</summary>
public enum LegislativeProcedure
{
    /// <summary>Consultation (CNS): the Council decides after hearing the Parliament.</summary>
    Consultation,

    /// <summary>Co-decision / ordinary legislative procedure (COD): Council and Parliament must both agree.</summary>
    Codecision,
}

/// <summary>
/// The legislative game played by the Commission, the Parliament and the Council's members, at the
/// final stage of each procedure (documented in docs/accuracy.md):
/// <list type="bullet">
/// <item>consultation, qualified majority: (Commission ∧ Council QM) ∨ Council unanimity — the
/// Council adopts the Commission's proposal by QM but needs unanimity to amend it against the
/// Commission (Art. 250 TEC / 293 TFEU); the Parliament's opinion does not bind (a dummy player);</item>
/// <item>consultation, unanimity: Council unanimity (Commission and Parliament are dummies);</item>
/// <item>co-decision, qualified majority: Parliament ∧ Council QM (the conciliation-stage rule,
/// where the Commission has no veto);</item>
/// <item>co-decision, unanimity: Parliament ∧ Council unanimity.</item>
/// </list>
/// </summary>
public sealed record LegislativeRule(LegislativeProcedure Procedure, VotingGame Council)
{
    public bool IsWinning(bool commission, bool parliament, bool councilWins, bool councilUnanimous) => Procedure switch
    {
        LegislativeProcedure.Consultation => (commission && councilWins) || councilUnanimous,
        _ => parliament && councilWins,
    };
}
