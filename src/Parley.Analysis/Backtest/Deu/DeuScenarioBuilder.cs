using System.Globalization;
using Parley.Analysis.Power;
using Parley.Core;
using Parley.Core.Validation;

namespace Parley.Analysis.Backtest.Deu;

/// <summary>
/// Turns one DEU issue into a Parley scenario: one dimension (the issue's 0–100 scale, status quo =
/// reference point where DEU gives one), one actor per Commission, Parliament or member state with
/// a position, capability from the chosen scheme, salience from DEU or
/// <see cref="DefaultSalience"/> where DEU leaves it empty (the convention of the published
/// reference scores).
/// </summary>
public static class DeuScenarioBuilder
{
    public const double DefaultSalience = 50;

    public static string ActorName(string id) => id switch
    {
        LegislativeGamePower.Commission => "European Commission",
        LegislativeGamePower.Parliament => "European Parliament",
        _ => CouncilRegimes.Members.FirstOrDefault(m => m.Id == id)?.Name ?? id,
    };

    public static ParseResult<Scenario> Build(DeuIssue issue, IReadOnlyDictionary<string, double> capability, double defaultSalience = DefaultSalience)
    {
        if (issue.Positions.IsEmpty)
        {
            return ParseResult<Scenario>.ForProblem(new Problem(Rules.EmptyScenario, $"issue '{issue.IssueId}' has no positions", DeuReader.PositionsFile, Field: "issue_id"));
        }
        var actors = issue.Positions.Select(p => new Actor(p.Actor, ActorName(p.Actor), capability.TryGetValue(p.Actor, out double c) ? c : 0)).ToValueList();
        var dimension = new Dimension(issue.IssueId,
            string.Create(CultureInfo.InvariantCulture, $"{issue.ProposalName} (issue {issue.IssueNumber})"), Scale.Default,
            StatusQuo: issue.ReferencePoint,
            Description: $"{issue.Procedure}, {issue.VotingRule}, {issue.Type}, {issue.Council} Council");
        var stances = issue.Positions.Select(p => new Stance(p.Actor, issue.IssueId, p.Position, p.Salience ?? defaultSalience)).ToValueList();
        var scenario = new Scenario($"DEU {issue.IssueId}: {issue.ProposalName}", actors, ValueList.Of(dimension), stances,
            AsOf: issue.Introduced, Question: "Where did the legislative outcome settle on this issue?");
        var problems = ScenarioValidator.Validate(scenario);
        return problems.Count > 0 ? ParseResult<Scenario>.ForProblems(problems) : ParseResult<Scenario>.ForValue(scenario);
    }
}
