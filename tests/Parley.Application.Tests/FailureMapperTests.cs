using Parley.Application.Problems;
using Parley.Core.Validation;
using Parley.Models;

namespace Parley.Application.Tests;

public sealed class FailureMapperTests
{
    [Fact]
    public void A_model_failure_is_bad_input_naming_the_model()
    {
        var failure = FailureMapper.Map(new ModelFailedException("smp", "actor B has zero salience"));
        Assert.Equal(FailureKind.BadInput, failure.Kind);
        var problem = Assert.Single(failure.Problems);
        Assert.Equal(Rules.ModelFailed, problem.Rule);
        Assert.Equal("model smp", problem.Field);
    }

    [Fact]
    public void A_model_failure_inside_Parallel_For_is_still_bad_input_and_listed_once()
    {
        var aggregate = Assert.Throws<AggregateException>(() => Parallel.For(0, 8, _ => throw new ModelFailedException("smp", "refused")));
        var failure = FailureMapper.Map(aggregate);
        Assert.Equal(FailureKind.BadInput, failure.Kind);
        Assert.Equal("refused", Assert.Single(failure.Problems).Message);
    }

    [Fact]
    public void Cancellation_is_cancellation_also_when_wrapped()
    {
        Assert.Equal(FailureKind.Cancelled, FailureMapper.Map(new OperationCanceledException()).Kind);
        Assert.Equal(FailureKind.Cancelled, FailureMapper.Map(new AggregateException(new OperationCanceledException(), new TaskCanceledException())).Kind);
        Assert.Equal(FailureMapper.Cancelled, FailureMapper.Map(new OperationCanceledException()).Problems[0].Rule);
    }

    [Fact]
    public void Anything_else_is_a_bug_and_a_bug_wins_over_bad_input()
    {
        var bug = FailureMapper.Map(new NullReferenceException("x"));
        Assert.Equal(FailureKind.Internal, bug.Kind);
        Assert.IsType<NullReferenceException>(bug.Cause);
        Assert.Equal(FailureMapper.InternalError, bug.Problems[0].Rule);

        var mixed = FailureMapper.Map(new AggregateException(new ModelFailedException("eu", "no"), new IndexOutOfRangeException()));
        Assert.Equal(FailureKind.Internal, mixed.Kind);
        Assert.IsType<IndexOutOfRangeException>(mixed.Cause);
    }

    [Fact]
    public void Run_turns_a_throwing_body_into_a_failed_outcome()
    {
        var outcome = FailureMapper.Run<int>(() => throw new ModelFailedException("eu", "no"));
        Assert.False(outcome.Success);
        Assert.Equal(FailureKind.BadInput, outcome.Failure!.Kind);
        Assert.Equal(3, FailureMapper.Run(() => 3).Value);
    }
}
