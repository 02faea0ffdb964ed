namespace Parley.Models.ExpectedUtility;

/// <summary>
/// Scratch arrays of one simulation, kept per thread and reused: Monte Carlo calls the model
/// thousands of times in parallel, and a run must not allocate in proportion to the actors (let
/// alone their square). Vectors grow to the largest scenario seen on the thread; the n × n matrices
/// of the direct path are only taken when a replication preset needs them.
/// </summary>
internal sealed class Workspace
{
    [ThreadStatic]
    private static Workspace? current;

    private int vectorCapacity = -1;

    /// <summary>The thread's simulation, reused from run to run.</summary>
    public Simulation? Simulation;
    private int matrixCapacity = -1;

    public double[] Full = [];
    public int[] Member = [];
    public double[] X = [];
    public double[] Next = [];
    public double[] C = [];
    public double[] S = [];
    public double[] W = [];
    public double[] Risk = [];
    public double[] Ones = [];
    public double[] Danger = [];
    public AcceptedOffer[] Offers = [];
    public bool[] Moved = [];
    public int[] Group = [];

    // Sweep path: actors in position order and prefix sums over that order.
    public int[] Order = [];
    public double[] SortedX = [];
    public double[] SortedW = [];
    public double[] PrefixW = [];
    public double[] PrefixWX = [];
    public int[] GroupStart = [];
    public int[] GroupEnd = [];
    public double Centre;

    // Sweep path: pairs gathered for vectorised powers, U_sq per actor, every actor's best offer so far.
    public readonly PairBatch Batch = new();
    public bool SharesKept;
    public int KeptPairs;
    public double[] StatusQuoUtility = [];
    public OfferChooser[] Choosers = [];

    // Direct path: P for every ordered pair, E for every ordered pair, and scratch.
    public double[] P = [];
    public double[] E = [];
    public double[] Scratch = [];
    public int[] Alias = [];

    /// <summary>The calling thread's workspace, with vectors for <paramref name="n"/> actors.</summary>
    public static Workspace For(int n)
    {
        var workspace = current ??= new Workspace();
        workspace.EnsureVectors(n);
        return workspace;
    }

    public void EnsureVectors(int n)
    {
        if (n <= vectorCapacity) return;
        Full = new double[n];
        Member = new int[n];
        X = new double[n];
        Next = new double[n];
        C = new double[n];
        S = new double[n];
        W = new double[n];
        Risk = new double[n];
        Ones = new double[n];
        Array.Fill(Ones, 1.0);
        Danger = new double[n];
        Offers = new AcceptedOffer[n];
        Moved = new bool[n];
        Group = new int[n];
        Order = new int[n];
        SortedX = new double[n];
        SortedW = new double[n];
        PrefixW = new double[n + 1];
        PrefixWX = new double[n + 1];
        GroupStart = new int[n];
        GroupEnd = new int[n];
        StatusQuoUtility = new double[n];
        Choosers = new OfferChooser[n];
        vectorCapacity = n;
    }

    public void EnsureMatrices(int n)
    {
        if (n <= matrixCapacity) return;
        P = new double[n * n];
        E = new double[n * n];
        Scratch = new double[n * n];
        Alias = new int[n * n];
        matrixCapacity = n;
    }
}
