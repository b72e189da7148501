namespace Crosswire.Summarization.Rouge;

/// <summary>
/// The union longest common subsequence of one reference sentence with every summary sentence (Lin 2004,
/// summary-level ROUGE-L): for each summary sentence one LCS is traced back through the dynamic-programming
/// table, preferring a match, then a step up, as ROUGE-1.5.5 does, and the reference positions it uses are
/// marked. Reuses its buffers; not thread-safe.
/// </summary>
internal sealed class UnionLcs
{
    private int[] _table = [];
    private bool[] _mask = [];

    /// <summary>Marks the positions of <paramref name="reference"/> on an LCS with any of <paramref name="summary"/>.</summary>
    public ReadOnlySpan<bool> Mark(int[] reference, int[][] summary)
    {
        if (_mask.Length < reference.Length)
        {
            _mask = new bool[reference.Length];
        }

        var mask = _mask.AsSpan(0, reference.Length);
        mask.Clear();
        if (reference.Length > 0)
        {
            foreach (var sentence in summary)
            {
                MarkOne(reference, sentence, mask);
            }
        }

        return mask;
    }

    private void MarkOne(int[] reference, int[] sentence, Span<bool> mask)
    {
        int m = reference.Length, n = sentence.Length, width = n + 1;
        if (_table.Length < (m + 1) * width)
        {
            _table = new int[(m + 1) * width];
        }

        var c = _table.AsSpan(0, (m + 1) * width);
        c[..width].Clear();
        for (var i = 1; i <= m; i++)
        {
            c[i * width] = 0;
            var token = reference[i - 1];
            for (var j = 1; j <= n; j++)
            {
                var up = c[((i - 1) * width) + j];
                var left = c[(i * width) + j - 1];
                c[(i * width) + j] = token == sentence[j - 1] ? c[((i - 1) * width) + j - 1] + 1 : Math.Max(up, left);
            }
        }

        for (int i = m, j = n; i > 0 && j > 0;)
        {
            if (reference[i - 1] == sentence[j - 1])
            {
                i--;
                j--;
                mask[i] = true;
            }
            else if (c[((i - 1) * width) + j] >= c[(i * width) + j - 1])
            {
                i--;
            }
            else
            {
                j--;
            }
        }
    }
}
