using System.Collections.Immutable;
using Parley.Application.Scenarios;
using Parley.Core;
using Parley.Core.Formats;
using Parley.Core.Validation;

namespace Parley.Application.UseCases;

/// <summary>Check a scenario (with any what-if edits applied) and list every problem.</summary>
public sealed record ValidateRequest(ScenarioSource Source, WhatIfEdits? WhatIf = null);

/// <summary>The scenario if it is valid, and every problem (options named by tokens; spell them before showing).</summary>
public sealed record ValidateResult(Scenario? Scenario, ImmutableArray<Problem> Problems)
{
    public bool Valid => Problems.IsEmpty;

    /// <summary>The contract of <c>parley validate --format json</c> and <c>POST /api/validate</c>.</summary>
    public string ToJson(Problems.OptionSpelling spelling) => ProblemJsonWriter.Write(spelling.Spell(Problems));
}

/// <summary>Never fails for a broken scenario: the problem list is the answer.</summary>
public sealed class ValidateHandler
{
    public ValidateResult Handle(ValidateRequest request)
    {
        var result = ScenarioLoading.Check(request.Source, request.WhatIf ?? WhatIfEdits.None);
        return result.Success ? new ValidateResult(result.Value, []) : new ValidateResult(null, result.Problems);
    }
}
