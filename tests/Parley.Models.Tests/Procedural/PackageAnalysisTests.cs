using Parley.Core;
using Parley.Models.Procedural;

namespace Parley.Models.Tests.Procedural;

public class PackageAnalysisTests
{
    /// <summary>Two actors, two dimensions (status quo 50, 50); positions and saliences 0–100.</summary>
    private static CompiledScenario Two((double X, double Y, double Sx, double Sy) a, (double X, double Y, double Sx, double Sy) b, DecisionRule? rule = null)
    {
        var scenario = new Scenario("package",
            ValueList.Of(new Actor("A", "A", 1), new Actor("B", "B", 1)),
            ValueList.Of(new Dimension("x", "X", Scale.Default, StatusQuo: 50), new Dimension("y", "Y", Scale.Default, StatusQuo: 50)),
            ValueList.Of(new Stance("A", "x", a.X, a.Sx), new Stance("A", "y", a.Y, a.Sy), new Stance("B", "x", b.X, b.Sx), new Stance("B", "y", b.Y, b.Sy)),
            DecisionRule: rule);
        return CompiledScenario.Compile(scenario);
    }

    [Fact]
    public void A_trade_across_issues_opens_a_package_win_set_where_each_issue_is_blocked()
    {
        // A wants less x (40) and much more y (90), caring more about y; B wants more x (90) and a little less y (45), caring more about x.
        var s = Two((40, 90, 20, 90), (90, 45, 90, 20));
        Assert.True(WinSetAnalysis.Analyse(s, 0).IsEmpty);
        Assert.True(WinSetAnalysis.Analyse(s, 1).IsEmpty);
        var package = PackageAnalysis.Analyse(s)!;
        Assert.False(package.IsEmpty);
        // Both gain from moving along the certificate direction, a little way.
        var d = package.Direction;
        double Gain(double px, double py, double sx, double sy) =>
            sx * (Math.Pow(50 - px, 2) - Math.Pow(50 + d[0] - px, 2)) + sy * (Math.Pow(50 - py, 2) - Math.Pow(50 + d[1] - py, 2));
        Assert.True(Gain(40, 90, 20, 90) > 0);
        Assert.True(Gain(90, 45, 90, 20) > 0);
    }

    [Fact]
    public void Directly_opposed_actors_block_every_package()
    {
        // B's ideal is A's mirrored through the status quo: every gain for one is a loss for the other.
        var package = PackageAnalysis.Analyse(Two((30, 70, 50, 50), (70, 30, 50, 50)))!;
        Assert.True(package.IsEmpty);
    }

    [Fact]
    public void Not_analysed_when_the_dimensions_follow_other_rules()
    {
        Assert.Null(PackageAnalysis.Analyse(Two((30, 70, 50, 50), (70, 30, 50, 50), new DecisionRule(DecisionRuleKind.Majority))));
    }

    [Fact]
    public void Nearest_hull_point_of_a_segment_crossing_the_origin_is_the_origin()
    {
        var v = PackageAnalysis.NearestToOrigin([[1.0, 1.0], [-1.0, -1.0]]);
        Assert.True(Math.Abs(v[0]) + Math.Abs(v[1]) < 1e-9);
        var w = PackageAnalysis.NearestToOrigin([[1.0, 2.0], [1.0, -2.0]]);
        Assert.Equal(1.0, w[0], 9);
        Assert.Equal(0.0, w[1], 9);
    }
}
