namespace Parley.Models.Spatial;

// KTAB's nine SMP settings (spatial-model-of-politics.md §5.9). Values keep KTAB's names and enum
// order so that KTAB files and papers read the same in Parley.

/// <summary>How coalition strengths turn into the probability that one option beats another.</summary>
public enum VictoryProbModel { Linear, Square, Quartic, Octic, Binary }

/// <summary>How pairwise victory probabilities become the probability that each option wins overall.</summary>
public enum PceModel { Conditional, MarkovIncentive, MarkovUniform }

/// <summary>Whether each actor adopts its most likely bargain or draws one in proportion to its probability.</summary>
public enum StateTransitions { Deterministic, Stochastic }

/// <summary>How an actor's difference in utility between two options becomes its vote.</summary>
public enum VotingRule { Binary, PropBin, Prop, PropCbc, Cubic, ASymProsp }

/// <summary>How far an actor's estimate of another's risk attitude is pulled toward its own.</summary>
public enum BigRAdjust { None, OneThird, Half, TwoThirds, Full }

/// <summary>The range of the risk attitudes inferred from the probabilities of the actors' positions.</summary>
public enum BigRRange { Min, Mid, Max }

/// <summary>What a third party expects to happen to its own position when it joins a contest.</summary>
public enum ThirdPartyCommit { NoCommit, SemiCommit, FullCommit }

/// <summary>How a bargain between two actors is interpolated from their positions.</summary>
public enum InterVecBrgn { S1P1, S2P2, S2PMax }

/// <summary>Which bargains an initiator puts on the table.</summary>
public enum BargnModel { InitOnlyInterp, InitRcvrInterp, PWCompInterp }
