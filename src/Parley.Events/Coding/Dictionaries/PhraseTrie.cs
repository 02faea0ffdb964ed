using Parley.Events.Coding.Text;

namespace Parley.Events.Coding.Dictionaries;

/// <summary>Multi-word dictionary entries keyed word by word, for longest-match look-up in a token list.</summary>
public sealed class PhraseTrie<T> where T : class
{
    private sealed class Node
    {
        public Dictionary<string, Node>? Children;
        public T? Value;
    }

    private readonly Node root = new();

    public int Count { get; private set; }

    /// <summary>Adds a phrase; the first value given for a phrase wins (dictionaries list the preferred entry first).</summary>
    public void Add(IReadOnlyList<string> words, T value)
    {
        if (words.Count == 0) return;
        var node = root;
        foreach (var w in words)
        {
            node.Children ??= new Dictionary<string, Node>(StringComparer.Ordinal);
            if (!node.Children.TryGetValue(w, out var next)) node.Children[w] = next = new Node();
            node = next;
        }
        if (node.Value is null) { node.Value = value; Count++; }
    }

    /// <summary>The longest phrase starting at <paramref name="start"/>; its length in tokens, or 0.</summary>
    public int Match(IReadOnlyList<Token> tokens, int start, out T? value)
    {
        value = null;
        int best = 0;
        var node = root;
        for (int i = start; i < tokens.Count; i++)
        {
            if (node.Children is null || !node.Children.TryGetValue(tokens[i].Norm, out var next))
            {
                // A regular plural or possessive form of the entry's last word ("diplomats").
                if (node.Children is not null && Singular(tokens[i].Norm) is { } singular && node.Children.TryGetValue(singular, out var plural) && plural.Value is not null)
                {
                    value = plural.Value;
                    best = i - start + 1;
                }
                break;
            }
            node = next;
            if (node.Value is not null) { value = node.Value; best = i - start + 1; }
        }
        return best;
    }

    private static string? Singular(string w)
    {
        if (w.Length < 4) return null;
        if (w.EndsWith("IES", StringComparison.Ordinal)) return w[..^3] + "Y";
        if (w.EndsWith('S') && !w.EndsWith("SS", StringComparison.Ordinal)) return w[..^1];
        return null;
    }
}
