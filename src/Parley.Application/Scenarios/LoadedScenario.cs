using Parley.Analysis.WhatIf;
using Parley.Core;

namespace Parley.Application.Scenarios;

/// <summary>A scenario as written (<see cref="Baseline"/>) and with the what-if edits applied (<see cref="Scenario"/>, the same object when there are none).</summary>
public sealed record LoadedScenario(Scenario Baseline, Scenario Scenario, IReadOnlyList<ScenarioEdit> Edits);
