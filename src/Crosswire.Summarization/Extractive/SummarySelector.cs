using System.Collections.Immutable;
using Crosswire.Summarization.Stories;

namespace Crosswire.Summarization.Extractive;

/// <summary>
/// Chooses the sentences of a summary under a word budget by maximising concept coverage,
/// <c>F(S) = Σ_c w_c · max { π_s : s ∈ S, c ∈ s }</c>: every concept counts once, credited with the prior
/// <c>π</c> of the best-placed selected sentence that holds it (a monotone submodular objective).
/// Lazy greedy by gain per word (<c>gain / words^α</c>), then local search: a selected sentence is swapped
/// for an unselected one (among the <see cref="SummarizerOptions.SwapCandidates"/> with the highest gain
/// alone) while that raises <c>F</c> within the budget, and free words are filled.
/// Constraints: only sentences without <see cref="SentenceFlaws"/>, except that a
/// <see cref="SentenceFlaws.Dangling"/> one comes together with the sentence before it; no near-repeat of a
/// selected sentence (<see cref="SummarizerOptions.RedundancyThreshold"/>).
/// </summary>
public sealed class SummarySelector
{
    private const double Epsilon = 1e-9;
    private readonly SummarizerOptions _options;

    /// <summary>Creates a selector.</summary>
    public SummarySelector(SummarizerOptions? options = null)
    {
        _options = options ?? SummarizerOptions.Default;
    }

    /// <summary>Selects sentences of <paramref name="story"/> (ids, in selection order) within
    /// <paramref name="budget"/> words. When no sentence is free of flaws, sentences that are only too short,
    /// too long, fragments or half quotes are allowed, so a story of headlines or of foreign text still gets
    /// a summary; captions never are. Empty when nothing fits.</summary>
    public ImmutableArray<int> Select(StoryIndex story, double[] conceptWeights, double[] priors, SentenceFlaws[] flaws, int budget)
    {
        ArgumentNullException.ThrowIfNull(story);
        ArgumentNullException.ThrowIfNull(conceptWeights);
        ArgumentNullException.ThrowIfNull(priors);
        ArgumentNullException.ThrowIfNull(flaws);
        var run = new Run(story, conceptWeights, priors, flaws, budget, _options, strict: true);
        if (!run.HasCandidates)
        {
            run = new Run(story, conceptWeights, priors, flaws, budget, _options, strict: false);
        }

        run.Greedy();
        if (_options.LocalSearch)
        {
            run.Improve();
        }

        return [.. run.Selected];
    }

    /// <summary>One selection: the coverage state and the moves on it.</summary>
    private sealed class Run
    {
        private readonly StoryIndex _story;
        private readonly double[] _weights;
        private readonly double[] _priors;
        private readonly int _budget;
        private readonly double _lengthExponent;
        private readonly double _redundancy;
        private readonly int _swapCandidates;
        private readonly double[] _cover;
        private readonly bool[] _inSelection;
        private readonly bool[] _candidate;
        private readonly bool[] _needsPredecessor;
        private readonly int[] _candidates;
        private readonly double[] _bound;
        private readonly List<(int Concept, double Old)> _undo = [];
        private int _used;

        public Run(StoryIndex story, double[] weights, double[] priors, SentenceFlaws[] flaws, int budget, SummarizerOptions options, bool strict)
        {
            _story = story;
            _weights = weights;
            _priors = priors;
            _budget = budget;
            _lengthExponent = options.LengthExponent;
            _redundancy = options.RedundancyThreshold;
            _swapCandidates = options.SwapCandidates;
            _cover = new double[story.ConceptCount];
            _inSelection = new bool[story.SentenceCount];
            _candidate = new bool[story.SentenceCount];
            _needsPredecessor = new bool[story.SentenceCount];
            var candidates = new List<int>();
            const SentenceFlaws relaxed = SentenceFlaws.TooShort | SentenceFlaws.TooLong | SentenceFlaws.Fragment
                | SentenceFlaws.HalfQuote | SentenceFlaws.Dangling;
            for (var s = 0; s < story.SentenceCount; s++)
            {
                var flaw = flaws[s];
                var alone = strict ? flaw == SentenceFlaws.None : (flaw & ~relaxed) == 0;
                var withPredecessor = strict && flaw == SentenceFlaws.Dangling && HasPredecessor(s) && flaws[s - 1] == SentenceFlaws.None;
                if ((alone || withPredecessor) && story[s].Words <= budget && story[s].Concepts.Length > 0)
                {
                    _candidate[s] = true;
                    _needsPredecessor[s] = withPredecessor;
                    candidates.Add(s);
                }
            }

            _bound = new double[story.SentenceCount];
            foreach (var s in candidates)
            {
                _bound[s] = UnitGain(s);
            }

            candidates.Sort((x, y) => _bound[y].CompareTo(_bound[x]));
            _candidates = [.. candidates];
        }

        public bool HasCandidates => _candidates.Length > 0;

        public List<int> Selected { get; } = [];

        /// <summary>Lazy greedy (CELF): a popped candidate whose ratio is fresh for the current selection is
        /// the best, because gains only fall as the selection grows.</summary>
        public void Greedy()
        {
            var heap = new PriorityQueue<int, double>();
            var stamp = new int[_story.SentenceCount];
            foreach (var s in _candidates)
            {
                stamp[s] = 0;
                heap.Enqueue(s, -Ratio(s, _bound[s]));
            }

            var round = 0;
            while (heap.TryDequeue(out var s, out _))
            {
                if (_inSelection[s] || UnitCost(s) > _budget - _used)
                {
                    continue;
                }

                if (stamp[s] != round)
                {
                    var gain = UnitGain(s);
                    if (gain > Epsilon)
                    {
                        stamp[s] = round;
                        heap.Enqueue(s, -Ratio(s, gain));
                    }

                    continue;
                }

                if (RepeatsSelection(s))
                {
                    continue;
                }

                AddUnit(s);
                round++;
                if (s + 1 < _story.SentenceCount && _needsPredecessor[s + 1] && !_inSelection[s + 1])
                {
                    // Its cost just fell to its own words: the old ratio is no longer an upper bound.
                    stamp[s + 1] = round;
                    heap.Enqueue(s + 1, -Ratio(s + 1, UnitGain(s + 1)));
                }
            }
        }

        /// <summary>Local search: swap one selected unit for the unselected unit that raises the objective
        /// most, then fill free words, until no swap helps.</summary>
        public void Improve()
        {
            var maxRounds = (4 * Selected.Count) + 8;
            for (var round = 0; round < maxRounds && TrySwap(); round++)
            {
                Fill();
            }

            Fill();
        }

        private bool TrySwap()
        {
            foreach (var outgoing in Selected.ToArray())
            {
                if (!_inSelection[outgoing])
                {
                    continue;
                }

                var removed = RemovalUnit(outgoing);
                var loss = Remove(removed);
                var slack = _budget - _used;
                var best = -1;
                var bestDelta = Epsilon;
                foreach (var s in _candidates.AsSpan(0, Math.Min(_candidates.Length, _swapCandidates)))
                {
                    if (_bound[s] - loss <= bestDelta)
                    {
                        break;
                    }

                    if (_inSelection[s] || removed.Contains(s) || UnitCost(s) > slack)
                    {
                        continue;
                    }

                    var delta = UnitGain(s) - loss;
                    if (delta > bestDelta && !RepeatsSelection(s))
                    {
                        best = s;
                        bestDelta = delta;
                    }
                }

                if (best >= 0)
                {
                    AddUnit(best);
                    return true;
                }

                foreach (var s in removed)
                {
                    Add(s);
                }
            }

            return false;
        }

        private void Fill()
        {
            while (true)
            {
                var slack = _budget - _used;
                var best = -1;
                var bestRatio = Epsilon;
                foreach (var s in _candidates)
                {
                    if (_inSelection[s] || UnitCost(s) > slack)
                    {
                        continue;
                    }

                    var ratio = Ratio(s, UnitGain(s));
                    if (ratio > bestRatio && !RepeatsSelection(s))
                    {
                        best = s;
                        bestRatio = ratio;
                    }
                }

                if (best < 0)
                {
                    return;
                }

                AddUnit(best);
            }
        }

        private bool HasPredecessor(int s) => s > 0 && _story[s - 1].Article == _story[s].Article;

        private bool NeedsPredecessorNow(int s) => _needsPredecessor[s] && !_inSelection[s - 1];

        private int UnitCost(int s) => _story[s].Words + (NeedsPredecessorNow(s) ? _story[s - 1].Words : 0);

        private double Ratio(int s, double gain) => gain / Math.Pow(UnitCost(s), _lengthExponent);

        private double Gain(int s)
        {
            var prior = _priors[s];
            var gain = 0.0;
            foreach (var c in _story[s].Concepts)
            {
                if (prior > _cover[c])
                {
                    gain += _weights[c] * (prior - _cover[c]);
                }
            }

            return gain;
        }

        /// <summary>The gain of adding <paramref name="s"/>, with the sentence before it when it needs it.</summary>
        private double UnitGain(int s)
        {
            if (!NeedsPredecessorNow(s))
            {
                return Gain(s);
            }

            var gain = Gain(s - 1);
            _undo.Clear();
            Cover(s - 1, _undo);
            gain += Gain(s);
            foreach (var (concept, old) in _undo)
            {
                _cover[concept] = old;
            }

            return gain;
        }

        private void AddUnit(int s)
        {
            if (NeedsPredecessorNow(s))
            {
                Add(s - 1);
            }

            Add(s);
        }

        private void Add(int s)
        {
            Cover(s, null);
            _inSelection[s] = true;
            _used += _story[s].Words;
            Selected.Add(s);
        }

        private void Cover(int s, List<(int Concept, double Old)>? undo)
        {
            var prior = _priors[s];
            foreach (var c in _story[s].Concepts)
            {
                if (prior > _cover[c])
                {
                    undo?.Add((c, _cover[c]));
                    _cover[c] = prior;
                }
            }
        }

        /// <summary><paramref name="s"/> and the selected dangling sentence that leans on it, if any.</summary>
        private List<int> RemovalUnit(int s)
        {
            var unit = new List<int> { s };
            if (s + 1 < _story.SentenceCount && _inSelection[s + 1] && _needsPredecessor[s + 1])
            {
                unit.Add(s + 1);
            }

            return unit;
        }

        /// <summary>Removes <paramref name="unit"/> and returns the objective lost.</summary>
        private double Remove(List<int> unit)
        {
            foreach (var s in unit)
            {
                _inSelection[s] = false;
                _used -= _story[s].Words;
                Selected.Remove(s);
            }

            var loss = 0.0;
            var affected = new HashSet<int>();
            foreach (var s in unit)
            {
                foreach (var c in _story[s].Concepts)
                {
                    if (affected.Add(c))
                    {
                        loss += _weights[c] * _cover[c];
                        _cover[c] = 0;
                    }
                }
            }

            foreach (var r in Selected)
            {
                foreach (var c in _story[r].Concepts)
                {
                    if (affected.Contains(c) && _priors[r] > _cover[c])
                    {
                        _cover[c] = _priors[r];
                    }
                }
            }

            foreach (var c in affected)
            {
                loss -= _weights[c] * _cover[c];
            }

            return loss;
        }

        private bool RepeatsSelection(int s)
        {
            foreach (var r in Selected)
            {
                if (Overlap(_story[s].ContentTerms, _story[r].ContentTerms) >= _redundancy)
                {
                    return true;
                }
            }

            return NeedsPredecessorNow(s) && RepeatsSelection(s - 1);
        }

        /// <summary>Shared items of two ascending arrays over the size of the smaller.</summary>
        private static double Overlap(int[] first, int[] second)
        {
            if (first.Length == 0 || second.Length == 0)
            {
                return 0;
            }

            int i = 0, j = 0, shared = 0;
            while (i < first.Length && j < second.Length)
            {
                if (first[i] == second[j])
                {
                    shared++;
                    i++;
                    j++;
                }
                else if (first[i] < second[j])
                {
                    i++;
                }
                else
                {
                    j++;
                }
            }

            return (double)shared / Math.Min(first.Length, second.Length);
        }
    }
}
