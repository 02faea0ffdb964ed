namespace Parley.Events.Coding.Grammar;

/// <summary>A dependency parse aligned with the sentence's tokens (CoNLL-U): each token's head (−1 for the root) and relation.</summary>
public sealed record DependencyParse(int[] Heads, string[] Relations)
{
    /// <summary>The relation by which the subtree holding <paramref name="token"/> hangs from <paramref name="verb"/>, or null.</summary>
    public string? RelationTo(int token, int verb)
    {
        int current = token;
        for (int steps = 0; steps < Heads.Length && current >= 0; steps++)
        {
            int head = Heads[current];
            if (head == verb) return Relations[current];
            current = head;
        }
        return null;
    }
}
