using FsCheck.Xunit;
using Parley.Models.ExpectedUtility;

namespace Parley.Models.Tests.ExpectedUtility;

/// <summary>
/// Invariances the default model must have, over random cases (FsCheck draws the seeds; each
/// seed builds a case with 2–12 actors at distinct positions).
/// </summary>
public class PropertyTests
{
    private static readonly ExpectedUtilityEngine Engine = new(ExpectedUtilityPresets.Parley);

    [Property(MaxTest = 200)]
    public void Permuting_actors_permutes_the_output(int seed, int shuffle)
    {
        var original = RandomCase.Create(seed);
        var order = RandomCase.Shuffle(original.Count, shuffle);
        var permuted = original.Permute(order);
        var a = Engine.RunCase(original.X, original.C, original.S);
        var b = Engine.RunCase(permuted.X, permuted.C, permuted.S);

        Assert.Equal(a.Rounds.Length, b.Rounds.Length);
        Assert.Equal(a.Stop.Kind, b.Stop.Kind);
        for (int r = 0; r < a.Rounds.Length; r++)
        {
            Assert.Equal(a.Rounds[r].Median, b.Rounds[r].Median, 9);
            Assert.Equal(a.Rounds[r].Mean, b.Rounds[r].Mean, 9);
            for (int i = 0; i < permuted.Count; i++)
            {
                // Actor i of the permuted case is actor order[i] of the original.
                Assert.Equal(a.Rounds[r].Positions[order[i]], b.Rounds[r].Positions[i], 9);
                if (r == 0) continue;
                Assert.Equal(a.Rounds[r].RiskExponents[order[i]], b.Rounds[r].RiskExponents[i], 9);
                var offerA = a.Rounds[r].Offers[order[i]];
                var offerB = b.Rounds[r].Offers[i];
                Assert.Equal(offerA?.Kind, offerB?.Kind);
                if (offerA is { } x && offerB is { } y && x.Proposer != order[y.Proposer])
                {
                    // Only a proposer indistinguishable from the other (same place, weight, salience) may stand in.
                    int p = x.Proposer, q = order[y.Proposer];
                    Assert.Equal((a.Rounds[r - 1].Positions[p], original.C[p], original.S[p]), (a.Rounds[r - 1].Positions[q], original.C[q], original.S[q]));
                }
            }
        }
    }

    [Property(MaxTest = 200)]
    public void An_affine_map_of_positions_maps_the_forecast(int seed, int mapSeed)
    {
        var c = RandomCase.Create(seed);
        var random = new Random(mapSeed);
        // Any scale and shift, reflections included.
        double scale = (random.Next(2) == 0 ? -1 : 1) * Math.Exp(random.NextDouble() * 8 - 4);
        double shift = random.NextDouble() * 2000 - 1000;
        var mapped = c.X.Select(x => scale * x + shift).ToArray();
        var a = Engine.RunCase(c.X, c.C, c.S);
        var b = Engine.RunCase(mapped, c.C, c.S);

        Assert.Equal(a.Rounds.Length, b.Rounds.Length);
        double tolerance = 1e-9 * Math.Abs(scale) * a.Range;
        for (int r = 0; r < a.Rounds.Length; r++)
        {
            Assert.True(Math.Abs(scale * a.Rounds[r].Median + shift - b.Rounds[r].Median) <= tolerance, $"round {r} median");
            Assert.True(Math.Abs(scale * a.Rounds[r].Mean + shift - b.Rounds[r].Mean) <= tolerance, $"round {r} mean");
            for (int i = 0; i < c.Count; i++)
            {
                Assert.True(Math.Abs(scale * a.Rounds[r].Positions[i] + shift - b.Rounds[r].Positions[i]) <= tolerance, $"round {r} actor {i}");
            }
        }
        Assert.True(Math.Abs(scale * a.Outcome + shift - b.Outcome) <= tolerance);
    }

    [Property(MaxTest = 200)]
    public void An_actor_without_capability_and_salience_changes_no_move(int seed, int where)
    {
        var c = RandomCase.Create(seed);
        var random = new Random(where);
        // Anywhere, also beyond the others' range; inserted at any place in the actor order.
        double position = -50 + 200 * random.NextDouble();
        int at = random.Next(c.Count + 1);
        var x = c.X.ToList();
        var cap = c.C.ToList();
        var sal = c.S.ToList();
        x.Insert(at, position);
        cap.Insert(at, 0);
        sal.Insert(at, 0);
        var without = Engine.RunCase(c.X, c.C, c.S);
        var with = Engine.RunCase(x.ToArray(), cap.ToArray(), sal.ToArray());

        Assert.Equal(without.Rounds.Length, with.Rounds.Length);
        Assert.Equal(without.Outcome, with.Outcome);
        for (int r = 0; r < without.Rounds.Length; r++)
        {
            Assert.Equal(without.Rounds[r].Median, with.Rounds[r].Median);
            Assert.Equal(without.Rounds[r].Mean, with.Rounds[r].Mean);
            for (int i = 0; i < c.Count; i++)
            {
                int j = i < at ? i : i + 1;
                Assert.Equal(without.Rounds[r].Positions[i], with.Rounds[r].Positions[j]);
                if (r > 0)
                {
                    var offer = with.Rounds[r].Offers[j];
                    Assert.Equal(without.Rounds[r].Offers[i]?.Kind, offer?.Kind);
                    Assert.NotEqual(at, offer?.Proposer);
                }
            }
            // It stays where it was.
            Assert.Equal(position, with.Rounds[r].Positions[at]);
        }
    }
}
