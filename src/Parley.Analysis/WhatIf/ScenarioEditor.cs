using Parley.Core;
using Parley.Core.Validation;

namespace Parley.Analysis.WhatIf;

/// <summary>
/// Applies what-if edits to a scenario and checks the result with the same rules as a file, so
/// that "--set USA.sanctions.position=120" is refused just as a position of 120 in the file would be.
/// </summary>
public static class ScenarioEditor
{
    public static ParseResult<Scenario> Apply(Scenario scenario, IEnumerable<ScenarioEdit> edits)
    {
        var problems = new List<Problem>();
        var actors = scenario.Actors.ToList();
        var stances = scenario.Stances.ToList();
        foreach (var edit in edits)
        {
            switch (edit)
            {
                case ScenarioEdit.SetCapability e:
                    if (Find(actors, e.ActorId, edit, problems) is int i)
                    {
                        // A set value outside the analyst's range replaces the range rather than contradicting it.
                        var a = actors[i];
                        actors[i] = a with { Capability = e.Value, CapabilityRange = a.CapabilityRange is { } r && r.Contains(e.Value) ? r : null };
                    }
                    break;
                case ScenarioEdit.SetPosition e:
                    if (FindStance(stances, actors, scenario, e.ActorId, e.DimensionId, edit, problems) is int p)
                    {
                        var s = stances[p];
                        stances[p] = s with { Position = e.Value, PositionRange = s.PositionRange is { } r && r.Contains(e.Value) ? r : null };
                    }
                    break;
                case ScenarioEdit.SetSalience e:
                    if (FindStance(stances, actors, scenario, e.ActorId, e.DimensionId, edit, problems) is int q)
                    {
                        var s = stances[q];
                        stances[q] = s with { Salience = e.Value, SalienceRange = s.SalienceRange is { } r && r.Contains(e.Value) ? r : null };
                    }
                    break;
                case ScenarioEdit.DropActor e:
                    if (Find(actors, e.ActorId, edit, problems) is int d)
                    {
                        actors.RemoveAt(d);
                        stances.RemoveAll(s => s.ActorId == e.ActorId);
                    }
                    break;
                case ScenarioEdit.AddActor e:
                    if (actors.Exists(a => a.Id == e.Actor.Id))
                    {
                        problems.Add(OptionKey.Add.Problem(Rules.DuplicateId, $"{edit.Describe()}: an actor '{e.Actor.Id}' already exists; use {OptionKey.Set.Token()} to change it or {OptionKey.Drop.Token()} it first"));
                        break;
                    }
                    actors.Add(e.Actor);
                    stances.AddRange(e.Stances);
                    break;
            }
        }
        if (problems.Count > 0) return ParseResult<Scenario>.ForProblems(problems);

        var edited = scenario with { Actors = actors.ToValueList(), Stances = stances.ToValueList() };
        // A dropped actor leaves the decision rules and the accommodation matrix too.
        foreach (var edit in edits)
        {
            if (edit is not ScenarioEdit.DropActor drop) continue;
            edited = edited with
            {
                DecisionRule = edited.DecisionRule?.WithoutActor(drop.ActorId),
                Dimensions = edited.Dimensions.Select(d => d.Rule is { } rule ? d with { Rule = rule.WithoutActor(drop.ActorId) } : d).ToValueList(),
                AccommodationList = edited.AccommodationList?.Where(a => a.ActorId != drop.ActorId && a.TowardId != drop.ActorId).ToValueList(),
            };
        }
        var check = ScenarioValidator.Validate(edited);
        return check.Count == 0
            ? ParseResult<Scenario>.ForValue(edited)
            : ParseResult<Scenario>.ForProblems(check.Select(p => p with { Message = "after the what-if changes: " + p.Message }));
    }

    /// <summary>The option the user wrote this edit with, so a bad drop is reported as a drop.</summary>
    private static OptionKey KeyOf(ScenarioEdit edit) => edit switch
    {
        ScenarioEdit.DropActor => OptionKey.Drop,
        ScenarioEdit.AddActor => OptionKey.Add,
        _ => OptionKey.Set,
    };

    private static int? Find(List<Actor> actors, string id, ScenarioEdit edit, List<Problem> problems)
    {
        int i = actors.FindIndex(a => a.Id == id);
        if (i >= 0) return i;
        problems.Add(KeyOf(edit).Problem(Rules.UnknownActor, $"{edit.Describe()}: no actor '{id}' (actors: {string.Join(", ", actors.Select(a => a.Id))})"));
        return null;
    }

    private static int? FindStance(List<Stance> stances, List<Actor> actors, Scenario scenario, string actorId, string dimensionId, ScenarioEdit edit, List<Problem> problems)
    {
        if (Find(actors, actorId, edit, problems) is null) return null;
        if (scenario.DimensionIndex(dimensionId) < 0)
        {
            problems.Add(KeyOf(edit).Problem(Rules.UnknownDimension, $"{edit.Describe()}: no dimension '{dimensionId}' (dimensions: {string.Join(", ", scenario.Dimensions.Select(d => d.Id))})"));
            return null;
        }
        int i = stances.FindIndex(s => s.ActorId == actorId && s.DimensionId == dimensionId);
        return i >= 0 ? i : null;
    }
}
