namespace Kf.Knowledge.Retrieval;

/// <summary>
/// The best <c>k</c> (index, score) pairs of a stream, kept in a min-heap of size k: O(n log k) with no
/// allocation after construction. Equal scores keep the lower index, so results are deterministic.
/// </summary>
internal sealed class TopK(int k)
{
    private readonly int[] _indexes = new int[k];
    private readonly float[] _scores = new float[k];
    private int _count;

    /// <summary>Offers a candidate; it stays when it beats the worst of those kept.</summary>
    public void Add(int index, float score)
    {
        if (_count < _indexes.Length)
        {
            _indexes[_count] = index;
            _scores[_count] = score;
            SiftUp(_count++);
        }
        else if (_count > 0 && Worse(_indexes[0], _scores[0], index, score))
        {
            _indexes[0] = index;
            _scores[0] = score;
            SiftDown(0);
        }
    }

    /// <summary>The kept pairs, best first; empties the heap.</summary>
    public ScoredIndex[] Drain()
    {
        var result = new ScoredIndex[_count];
        for (var i = _count - 1; i >= 0; i--)
        {
            result[i] = new ScoredIndex(_indexes[0], _scores[0]);
            _count--;
            _indexes[0] = _indexes[_count];
            _scores[0] = _scores[_count];
            SiftDown(0);
        }

        return result;
    }

    // Whether (ia, sa) ranks below (ib, sb).
    private static bool Worse(int ia, float sa, int ib, float sb) => sa < sb || (sa == sb && ia > ib);

    private void SiftUp(int i)
    {
        while (i > 0)
        {
            var parent = (i - 1) / 2;
            if (!Worse(_indexes[i], _scores[i], _indexes[parent], _scores[parent]))
            {
                return;
            }

            Swap(i, parent);
            i = parent;
        }
    }

    private void SiftDown(int i)
    {
        while (true)
        {
            var left = (2 * i) + 1;
            if (left >= _count)
            {
                return;
            }

            var worst = left;
            var right = left + 1;
            if (right < _count && Worse(_indexes[right], _scores[right], _indexes[left], _scores[left]))
            {
                worst = right;
            }

            if (!Worse(_indexes[worst], _scores[worst], _indexes[i], _scores[i]))
            {
                return;
            }

            Swap(i, worst);
            i = worst;
        }
    }

    private void Swap(int a, int b)
    {
        (_indexes[a], _indexes[b]) = (_indexes[b], _indexes[a]);
        (_scores[a], _scores[b]) = (_scores[b], _scores[a]);
    }
}
