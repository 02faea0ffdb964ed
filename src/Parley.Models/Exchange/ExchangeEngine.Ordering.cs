using System.Collections.Immutable;
using System.Runtime.CompilerServices;

namespace Parley.Models.Exchange;

// The pick order (stamps, the indexed heap, the actor-issue index) and the records of executed
// exchanges: split from ExchangeEngine.cs so each file holds one concern.
internal sealed partial class ExchangeEngine
{
    /// <summary>
    /// Reinserts the recalculated candidates so that the heap order equals Decide's stable sort of
    /// its list. A candidate whose key fell now precedes every candidate already holding its new
    /// key (they stood behind it in the list); one whose key rose follows them all; one whose key
    /// is unchanged keeps its stamp. Among themselves the recalculated keep their old list order.
    /// </summary>
    private void Restamp()
    {
        batch.Sort(static (u, v) => u.Key != v.Key ? v.Key.CompareTo(u.Key) : u.Stamp.CompareTo(v.Stamp));
        for (int k = batch.Count - 1; k >= 0; k--)
        {
            var (e, oldKey, _) = batch[k];
            ref var E = ref candidates[e];
            if (!E.Valid) continue;
            E.Key = KeyOf(E.Gain);
            if (oldKey > E.Key) E.Stamp = --frontStamp;
        }
        foreach (var (e, oldKey, _) in batch)
        {
            ref var E = ref candidates[e];
            if (!E.Valid) continue;
            if (oldKey < E.Key) E.Stamp = ++backStamp;
            HeapPush(e);
        }
    }

    private long frontStamp;
    private long backStamp;

    private static long KeyOf(double gain) => (long)Math.Round(gain * TieKeyScale, MidpointRounding.ToEven);

    private void BuildIndex()
    {
        int cells = n * m;
        Ensure(ref indexStart, cells + 1);
        Array.Clear(indexStart, 0, cells + 1);
        for (int e = 0; e < candidateCount; e++)
        {
            ref var c = ref candidates[e];
            if (!c.Valid) continue;
            indexStart[c.I.Actor * m + c.I.Supply + 1]++;
            indexStart[c.I.Actor * m + c.I.Demand + 1]++;
            indexStart[c.J.Actor * m + c.J.Supply + 1]++;
            indexStart[c.J.Actor * m + c.J.Demand + 1]++;
        }
        for (int k = 0; k < cells; k++) indexStart[k + 1] += indexStart[k];
        Ensure(ref indexEntries, indexStart[cells]);
        var fill = new int[cells];
        Array.Copy(indexStart, fill, cells);
        for (int e = 0; e < candidateCount; e++)
        {
            ref var c = ref candidates[e];
            if (!c.Valid) continue;
            indexEntries[fill[c.I.Actor * m + c.I.Supply]++] = e;
            indexEntries[fill[c.I.Actor * m + c.I.Demand]++] = e;
            indexEntries[fill[c.J.Actor * m + c.J.Supply]++] = e;
            indexEntries[fill[c.J.Actor * m + c.J.Demand]++] = e;
        }
        frontStamp = 0;
        backStamp = candidateCount;
    }

    private ExecutedExchange Record(int round, int sequence, int e, Externalities[] perActor)
    {
        ref var X = ref candidates[e];
        int p = X.J.Supply, q = X.I.Supply;
        var ext = new Externalities();
        var byActor = new double[n];
        var innerActor = new bool[n];
        for (int k = 0; k < n; k++)
        {
            int cp = p * n + k, cq = q * n + k;
            Externalities add;
            if (k == X.I.Actor || k == X.J.Actor)
            {
                byActor[k] = X.Gain;
                add = new Externalities(0, 0, 0, 0, X.Gain);
            }
            else if (input.Present[cp] && input.Present[cq])
            {
                double l = Math.Abs(X.J.Nbs0 - x[cp]) - Math.Abs(X.J.Nbs1 - x[cp]);
                double r = Math.Abs(X.I.Nbs0 - x[cq]) - Math.Abs(X.I.Nbs1 - x[cq]);
                double value = l * input.Salience[cp] + r * input.Salience[cq];
                byActor[k] = value;
                int g = Group(k, p, q);
                bool inner = X.AD ? g is 0 or 3 : g is 1 or 2;
                innerActor[k] = inner;
                add = value > 0
                    ? (inner ? new(value, 0, 0, 0, 0) : new(0, 0, value, 0, 0))
                    : (inner ? new(0, value, 0, 0, 0) : new(0, 0, 0, value, 0));
            }
            else
            {
                continue;
            }
            ext = ext.Add(add);
            perActor[k] = perActor[k].Add(add);
        }
        return new ExecutedExchange(round, sequence, p, q, X.AD, X.Gain, X.Dp, X.Dq,
            SideRecord(X.I, X.Eu, x[q * n + X.J.Actor]), SideRecord(X.J, X.Eu, x[p * n + X.I.Actor]), ext, [.. byActor], [.. innerActor]);
    }

    private static ExchangeSide SideRecord(in Side s, double eu, double target) =>
        new(s.Actor, s.Supply, s.Demand, s.SupplyPos, s.Move, s.Y, s.EqualGainVoting, target, eu, s.Nbs0, s.Nbs1, s.Cut);

    // Indexed binary heap: highest key first, then lowest stamp (Decide's stable sort order). The
    // entries carry key and stamp so that sifting never touches the (large, scattered) candidates.
    private struct HeapEntry
    {
        public long Key;
        public long Stamp;
        public int Candidate;
    }

    [MethodImpl(MethodImplOptions.AggressiveInlining)]
    private static bool Before(in HeapEntry a, in HeapEntry b) => a.Key != b.Key ? a.Key > b.Key : a.Stamp < b.Stamp;

    private void HeapPush(int e)
    {
        ref var c = ref candidates[e];
        c.Key = KeyOf(c.Gain);
        if (heap.Length <= heapCount) Array.Resize(ref heap, Math.Max(1024, heap.Length * 2));
        if (heapIndex.Length < candidates.Length) Array.Resize(ref heapIndex, candidates.Length);
        heap[heapCount] = new HeapEntry { Key = c.Key, Stamp = c.Stamp, Candidate = e };
        heapIndex[e] = heapCount;
        heapCount++;
        SiftUp(heapCount - 1);
    }

    private int HeapPop()
    {
        int top = heap[0].Candidate;
        HeapRemoveAt(0);
        return top;
    }

    private void HeapRemove(int e) => HeapRemoveAt(heapIndex[e]);

    private void HeapRemoveAt(int position)
    {
        var last = heap[--heapCount];
        if (position == heapCount) return;
        heap[position] = last;
        heapIndex[last.Candidate] = position;
        SiftDown(position);
        SiftUp(heapIndex[last.Candidate]);
    }

    private void SiftUp(int position)
    {
        var e = heap[position];
        while (position > 0)
        {
            int parent = (position - 1) >> 1;
            if (!Before(e, heap[parent])) break;
            heap[position] = heap[parent];
            heapIndex[heap[position].Candidate] = position;
            position = parent;
        }
        heap[position] = e;
        heapIndex[e.Candidate] = position;
    }

    private void SiftDown(int position)
    {
        var e = heap[position];
        while (true)
        {
            int child = 2 * position + 1;
            if (child >= heapCount) break;
            if (child + 1 < heapCount && Before(heap[child + 1], heap[child])) child++;
            if (!Before(heap[child], e)) break;
            heap[position] = heap[child];
            heapIndex[heap[position].Candidate] = position;
            position = child;
        }
        heap[position] = e;
        heapIndex[e.Candidate] = position;
    }

    private static void Ensure<T>(ref T[] array, int length)
    {
        if (array.Length < length) array = new T[length];
    }
}
