namespace Crosswire.Clustering;

/// <summary>
/// Inverted index from a term id to the stories most recently indexed under it, at most <c>capacity</c> per
/// term (a ring: the oldest entry makes way). Entries may point at a story merged since; readers resolve
/// them. The bound keeps the cost of a look-up independent of the archive's size.
/// </summary>
internal sealed class Postings(int capacity)
{
    private readonly Dictionary<int, Ring> _lists = [];

    public void Add(int term, int story)
    {
        if (!_lists.TryGetValue(term, out var ring))
        {
            ring = new Ring(Math.Min(capacity, 4));
            _lists.Add(term, ring);
        }

        ring.Add(story, capacity);
    }

    public ReadOnlySpan<int> Get(int term) => _lists.TryGetValue(term, out var ring) ? ring.Items : [];

    private sealed class Ring(int initial)
    {
        private int[] _items = new int[initial];
        private int _count;
        private int _next;

        public ReadOnlySpan<int> Items => _items.AsSpan(0, _count);

        public void Add(int story, int capacity)
        {
            if (_items.AsSpan(0, _count).Contains(story))
            {
                return;
            }

            if (_count < capacity)
            {
                if (_count == _items.Length)
                {
                    Array.Resize(ref _items, Math.Min(capacity, _items.Length * 2));
                }

                _items[_count++] = story;
                return;
            }

            _items[_next] = story;
            _next = (_next + 1) % capacity;
        }
    }
}
