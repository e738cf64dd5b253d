using System.Numerics;

namespace ClinicalContent.Schema;

/// <summary>
/// A fast matcher for the simple ECMA-262 patterns schemas mostly use (<c>^[0-9]{4}-[0-9]{2}$</c>,
/// <c>^[a-z0-9]+(?:-[a-z0-9]+)*$</c>): a position automaton of at most 64 positions run bit-parallel over the code
/// points of the text, in linear time, with no allocation and no time limit to manage.
/// </summary>
/// <remarks>
/// <para>Only a subset is accepted, where ECMA-262 (Unicode mode) and this automaton agree by construction: ASCII
/// literals; classes of ASCII characters, ranges and the escapes <c>\d</c> and <c>\w</c>, negated or not; <c>.</c>;
/// groups <c>(…)</c> and <c>(?:…)</c>; alternation; the quantifiers <c>?</c>, <c>*</c>, <c>+</c>, <c>{n}</c>,
/// <c>{n,}</c>, <c>{n,m}</c> (greedy or lazy, which cannot change whether there is a match); <c>^</c> only as the first
/// character and <c>$</c> only as the last, without top-level alternation. Everything else — non-ASCII literals,
/// <c>\s</c>, <c>\b</c>, Unicode properties, lookarounds, back-references, named groups — makes
/// <see cref="TryCreate"/> return null, and the pattern is matched by <see cref="System.Text.RegularExpressions.Regex"/>
/// as before.</para>
/// <para>Code points, as in Unicode mode: a surrogate pair is one character, which a negated class or <c>.</c>
/// matches and nothing else does; a lone surrogate matches nothing. <c>.</c> excludes the line terminators
/// <c>\n</c>, <c>\r</c>, U+2028 and U+2029. Without <c>^</c> or <c>$</c> the pattern may match anywhere.</para>
/// </remarks>
internal sealed class PositionAutomaton
{
    private const int MaxPositions = 64;

    // Positions whose character set holds each ASCII character, any other non-surrogate code point except U+2028 and
    // U+2029 (and astral code points), and U+2028/U+2029.
    private readonly ulong[] _ascii;
    private readonly ulong _otherCodePoints;
    private readonly ulong _lineSeparators;

    private readonly ulong[] _follow;
    private readonly ulong _first;
    private readonly ulong _last;
    private readonly bool _nullable;
    private readonly bool _anchoredStart;
    private readonly bool _anchoredEnd;

    private PositionAutomaton(Builder builder, Node root, bool anchoredStart, bool anchoredEnd)
    {
        var count = builder.Leaves.Count;
        _follow = new ulong[count];
        _ascii = new ulong[128];
        for (var i = 0; i < count; i++)
        {
            var set = builder.Leaves[i].Set;
            var bit = 1UL << i;
            for (var c = 0; c < 128; c++)
            {
                if (set.Contains(c))
                {
                    _ascii[c] |= bit;
                }
            }

            if (set.OtherCodePoints)
            {
                _otherCodePoints |= bit;
            }

            if (set.LineSeparators)
            {
                _lineSeparators |= bit;
            }
        }

        var (nullable, first, last) = Analyze(root, _follow);
        _nullable = nullable;
        _first = first;
        _last = last;
        _anchoredStart = anchoredStart;
        _anchoredEnd = anchoredEnd;
    }

    /// <summary>Compiles an ECMA-262 pattern in the supported subset; null for any other pattern.</summary>
    public static PositionAutomaton? TryCreate(string pattern)
    {
        var anchoredStart = pattern.StartsWith('^');
        var start = anchoredStart ? 1 : 0;
        var end = pattern.Length;
        var anchoredEnd = false;
        if (end > start && pattern[end - 1] == '$' && !EndsWithEscape(pattern, start, end - 1))
        {
            anchoredEnd = true;
            end--;
        }

        var builder = new Builder(pattern, start, end);
        var root = builder.ParseAlternation();
        if (root is null || !builder.AtEnd || builder.Leaves.Count > MaxPositions
            || ((anchoredStart || anchoredEnd) && builder.TopLevelAlternation))
        {
            return null;
        }

        return new PositionAutomaton(builder, root, anchoredStart, anchoredEnd);
    }

    /// <summary>True when the pattern matches <paramref name="text"/> (anywhere, unless anchored).</summary>
    public bool IsMatch(ReadOnlySpan<char> text)
    {
        if (_nullable && !_anchoredEnd)
        {
            // The empty match at the start.
            return true;
        }

        ulong active = 0;
        var begin = _first;
        var i = 0;
        while (i < text.Length)
        {
            var c = text[i++];
            ulong accepts;
            if (c < 128)
            {
                accepts = _ascii[c];
            }
            else if (char.IsHighSurrogate(c) && i < text.Length && char.IsLowSurrogate(text[i]))
            {
                i++;
                accepts = _otherCodePoints;
            }
            else if (char.IsSurrogate(c))
            {
                accepts = 0;
            }
            else
            {
                accepts = c is '\u2028' or '\u2029' ? _lineSeparators : _otherCodePoints;
            }

            // Anchored, a match begins only at the first character; otherwise at any.
            active = (Follow(active) | begin) & accepts;
            if (_anchoredStart)
            {
                if (active == 0)
                {
                    return false;
                }

                begin = 0;
            }

            if (!_anchoredEnd && (active & _last) != 0)
            {
                return true;
            }
        }

        // At the end: a position that may end the pattern, or the empty match if one may begin here.
        return (active & _last) != 0 || (_nullable && (!_anchoredStart || text.IsEmpty));
    }

    private ulong Follow(ulong active)
    {
        ulong next = 0;
        while (active != 0)
        {
            var i = BitOperations.TrailingZeroCount(active);
            next |= _follow[i];
            active &= active - 1;
        }

        return next;
    }

    private static bool EndsWithEscape(string pattern, int start, int index)
    {
        // The character at index is escaped when an odd number of backslashes precede it.
        var backslashes = 0;
        for (var i = index - 1; i >= start && pattern[i] == '\\'; i--)
        {
            backslashes++;
        }

        return backslashes % 2 == 1;
    }

    /// <summary>Glushkov's construction: whether a node matches the empty string, its first and last positions, and
    /// (into <paramref name="follow"/>) which positions may follow which.</summary>
    private static (bool Nullable, ulong First, ulong Last) Analyze(Node node, ulong[] follow)
    {
        switch (node)
        {
            case Leaf leaf:
                return (false, 1UL << leaf.Position, 1UL << leaf.Position);
            case Sequence sequence:
            {
                var (nullable, first, last) = (true, 0UL, 0UL);
                foreach (var part in sequence.Parts)
                {
                    var (partNullable, partFirst, partLast) = Analyze(part, follow);
                    AddFollow(follow, last, partFirst);
                    first |= nullable ? partFirst : 0;
                    last = partLast | (partNullable ? last : 0);
                    nullable &= partNullable;
                }

                return (nullable, first, last);
            }

            case Alternation alternation:
            {
                var (nullable, first, last) = (false, 0UL, 0UL);
                foreach (var option in alternation.Options)
                {
                    var (optionNullable, optionFirst, optionLast) = Analyze(option, follow);
                    nullable |= optionNullable;
                    first |= optionFirst;
                    last |= optionLast;
                }

                return (nullable, first, last);
            }

            case Star star:
            {
                var (_, first, last) = Analyze(star.Body, follow);
                AddFollow(follow, last, first);
                return (true, first, last);
            }

            default:
                throw new InvalidOperationException("Unknown pattern node.");
        }
    }

    private static void AddFollow(ulong[] follow, ulong from, ulong to)
    {
        while (from != 0)
        {
            var i = BitOperations.TrailingZeroCount(from);
            follow[i] |= to;
            from &= from - 1;
        }
    }

    /// <summary>A set of code points: ASCII members, plus every non-ASCII code point for negated classes and <c>.</c>.</summary>
    private sealed class CharSet
    {
        private readonly bool[] _ascii = new bool[128];

        public bool OtherCodePoints { get; private set; }

        public bool LineSeparators { get; private set; }

        public bool Contains(int c) => _ascii[c];

        public void Add(int c) => _ascii[c] = true;

        public void AddRange(int low, int high)
        {
            for (var c = low; c <= high; c++)
            {
                _ascii[c] = true;
            }
        }

        public void AddFrom(CharSet other)
        {
            for (var c = 0; c < 128; c++)
            {
                _ascii[c] |= other._ascii[c];
            }
        }

        /// <summary>The complement: every code point not in the set (a negated class).</summary>
        public CharSet Negate()
        {
            var negated = new CharSet { OtherCodePoints = true, LineSeparators = true };
            for (var c = 0; c < 128; c++)
            {
                negated._ascii[c] = !_ascii[c];
            }

            return negated;
        }

        /// <summary><c>.</c>: every code point but the line terminators.</summary>
        public static CharSet Dot()
        {
            var dot = new CharSet { OtherCodePoints = true };
            dot.AddRange(0, 127);
            dot._ascii['\n'] = false;
            dot._ascii['\r'] = false;
            return dot;
        }
    }

    private abstract class Node
    {
        /// <summary>A copy with positions of its own, for the expansion of counted repetition.</summary>
        public abstract Node Clone(Builder builder);
    }

    private sealed class Leaf(CharSet set, int position) : Node
    {
        public CharSet Set { get; } = set;

        public int Position { get; } = position;

        public override Node Clone(Builder builder) => builder.NewLeaf(Set);
    }

    private sealed class Sequence(List<Node> parts) : Node
    {
        public List<Node> Parts { get; } = parts;

        public override Node Clone(Builder builder) => new Sequence(Parts.ConvertAll(p => p.Clone(builder)));
    }

    private sealed class Alternation(List<Node> options) : Node
    {
        public List<Node> Options { get; } = options;

        public override Node Clone(Builder builder) => new Alternation(Options.ConvertAll(o => o.Clone(builder)));
    }

    private sealed class Star(Node body) : Node
    {
        public Node Body { get; } = body;

        public override Node Clone(Builder builder) => new Star(Body.Clone(builder));
    }

    /// <summary>A recursive-descent parser of the supported subset; every method returns null on anything else.</summary>
    private sealed class Builder(string pattern, int start, int end)
    {
        private const int MaxRepeat = MaxPositions;

        private int _i = start;
        private int _depth;

        public List<Leaf> Leaves { get; } = [];

        public bool AtEnd => _i == end;

        public bool TopLevelAlternation { get; private set; }

        public Leaf NewLeaf(CharSet set)
        {
            var leaf = new Leaf(set, Leaves.Count);
            Leaves.Add(leaf);
            return leaf;
        }

        public Node? ParseAlternation()
        {
            var options = new List<Node>();
            while (true)
            {
                var sequence = ParseSequence();
                if (sequence is null || Leaves.Count > MaxPositions)
                {
                    return null;
                }

                options.Add(sequence);
                if (_i < end && pattern[_i] == '|')
                {
                    TopLevelAlternation |= _depth == 0;
                    _i++;
                    continue;
                }

                return options.Count == 1 ? options[0] : new Alternation(options);
            }
        }

        private Sequence? ParseSequence()
        {
            var parts = new List<Node>();
            while (_i < end && pattern[_i] is not ('|' or ')'))
            {
                var atom = ParseAtom();
                if (atom is null)
                {
                    return null;
                }

                var quantified = ParseQuantifier(atom);
                if (quantified is null || Leaves.Count > MaxPositions)
                {
                    return null;
                }

                parts.Add(quantified);
            }

            return new Sequence(parts);
        }

        private Node? ParseAtom()
        {
            var c = pattern[_i];
            switch (c)
            {
                case '(':
                    return ParseGroup();
                case '[':
                    return ParseClass() is { } set ? NewLeaf(set) : null;
                case '.':
                    _i++;
                    return NewLeaf(CharSet.Dot());
                case '\\':
                    return ParseEscape(inClass: false) is { } escaped ? NewLeaf(escaped) : null;
                case '^' or '$' or '*' or '+' or '?' or '{' or '}' or ']':
                    // Anchors inside the pattern, quantifiers with nothing to repeat, stray brackets.
                    return null;
                default:
                    if (c >= 128)
                    {
                        return null;
                    }

                    _i++;
                    return NewLeaf(Single(c));
            }
        }

        private Node? ParseGroup()
        {
            _i++;
            if (_i < end && pattern[_i] == '?')
            {
                if (_i + 1 < end && pattern[_i + 1] == ':')
                {
                    _i += 2;
                }
                else
                {
                    // Lookarounds and named groups.
                    return null;
                }
            }

            _depth++;
            var body = ParseAlternation();
            _depth--;
            if (body is null || _i >= end || pattern[_i] != ')')
            {
                return null;
            }

            _i++;
            return body;
        }

        private Node? ParseQuantifier(Node atom)
        {
            if (_i >= end)
            {
                return atom;
            }

            int min;
            int max;
            switch (pattern[_i])
            {
                case '*':
                    (min, max) = (0, -1);
                    _i++;
                    break;
                case '+':
                    (min, max) = (1, -1);
                    _i++;
                    break;
                case '?':
                    (min, max) = (0, 1);
                    _i++;
                    break;
                case '{':
                    if (!TryParseBraces(out min, out max))
                    {
                        return null;
                    }

                    break;
                default:
                    return atom;
            }

            if (_i < end && pattern[_i] == '?')
            {
                // Lazy: the same language.
                _i++;
            }

            if (_i < end && pattern[_i] is '*' or '+' or '?' or '{')
            {
                return null;
            }

            return Repeat(atom, min, max);
        }

        private bool TryParseBraces(out int min, out int max)
        {
            min = max = 0;
            var i = _i + 1;
            if (!TryParseNumber(ref i, out min))
            {
                return false;
            }

            if (i < end && pattern[i] == '}')
            {
                max = min;
            }
            else if (i < end && pattern[i] == ',')
            {
                i++;
                if (i < end && pattern[i] == '}')
                {
                    max = -1;
                }
                else if (!TryParseNumber(ref i, out max) || i >= end || pattern[i] != '}' || max < min)
                {
                    return false;
                }
            }
            else
            {
                return false;
            }

            _i = i + 1;
            return min <= MaxRepeat && max <= MaxRepeat;
        }

        private bool TryParseNumber(ref int i, out int value)
        {
            value = 0;
            var digits = 0;
            while (i < end && char.IsAsciiDigit(pattern[i]))
            {
                if (++digits > 3)
                {
                    return false;
                }

                value = (value * 10) + (pattern[i] - '0');
                i++;
            }

            return digits > 0;
        }

        private Node? Repeat(Node atom, int min, int max)
        {
            if (min == 1 && max == 1)
            {
                return atom;
            }

            var parts = new List<Node>();
            for (var k = 0; k < min; k++)
            {
                parts.Add(k == 0 ? atom : atom.Clone(this));
                if (Leaves.Count > MaxPositions)
                {
                    return null;
                }
            }

            if (max < 0)
            {
                parts.Add(new Star(min == 0 ? atom : atom.Clone(this)));
            }
            else
            {
                for (var k = min; k < max; k++)
                {
                    parts.Add(new Alternation([k == 0 ? atom : atom.Clone(this), new Sequence([])]));
                    if (Leaves.Count > MaxPositions)
                    {
                        return null;
                    }
                }
            }

            return new Sequence(parts);
        }

        private CharSet? ParseClass()
        {
            _i++;
            var negated = _i < end && pattern[_i] == '^';
            if (negated)
            {
                _i++;
            }

            var set = new CharSet();
            var first = true;
            while (true)
            {
                if (_i >= end)
                {
                    return null;
                }

                var c = pattern[_i];
                if (c == ']')
                {
                    if (first)
                    {
                        // [] and [^].
                        return null;
                    }

                    _i++;
                    break;
                }

                if (c == '-' && !first && !(_i + 1 < end && pattern[_i + 1] == ']'))
                {
                    // A dash that is neither first nor last (and not part of a range): leave it to the regex engine.
                    return null;
                }

                var lowIsDash = c == '-';
                var low = ParseClassAtom();
                if (low is null)
                {
                    return null;
                }

                if (_i + 1 < end && pattern[_i] == '-' && pattern[_i + 1] != ']')
                {
                    _i++;
                    var highIsDash = pattern[_i] == '-';
                    var high = ParseClassAtom();
                    if (high is null || lowIsDash || highIsDash
                        || low.Value.Single < 0 || high.Value.Single < 0 || low.Value.Single > high.Value.Single)
                    {
                        return null;
                    }

                    set.AddRange(low.Value.Single, high.Value.Single);
                }
                else if (low.Value.Single >= 0)
                {
                    set.Add(low.Value.Single);
                }
                else
                {
                    set.AddFrom(low.Value.Set!);
                }

                first = false;
            }

            return negated ? set.Negate() : set;
        }

        /// <summary>One member of a class: a single ASCII character (Single ≥ 0) or a set (<c>\d</c>, <c>\w</c>).</summary>
        private (int Single, CharSet? Set)? ParseClassAtom()
        {
            var c = pattern[_i];
            if (c == '\\')
            {
                var escaped = ParseEscape(inClass: true);
                if (escaped is null)
                {
                    return null;
                }

                return SingleMember(escaped) is { } single ? (single, null) : (-1, escaped);
            }

            if (c >= 128)
            {
                return null;
            }

            _i++;
            return (c, null);
        }

        private CharSet? ParseEscape(bool inClass)
        {
            if (_i + 1 >= end)
            {
                return null;
            }

            var e = pattern[_i + 1];
            _i += 2;
            switch (e)
            {
                case 'd':
                {
                    var digits = new CharSet();
                    digits.AddRange('0', '9');
                    return digits;
                }

                case 'w':
                {
                    var word = new CharSet();
                    word.AddRange('a', 'z');
                    word.AddRange('A', 'Z');
                    word.AddRange('0', '9');
                    word.Add('_');
                    return word;
                }

                case 't':
                    return Single('\t');
                case 'n':
                    return Single('\n');
                case 'r':
                    return Single('\r');
                case 'f':
                    return Single('\f');
                case 'v':
                    return Single('\v');
                case 'b' when inClass:
                    return Single('\b');
                case '^' or '$' or '\\' or '.' or '*' or '+' or '?' or '(' or ')' or '[' or ']' or '{' or '}' or '|' or '/':
                    return Single(e);
                case '-' when inClass:
                    return Single('-');
                default:
                    // \s, \b, \D, \W, \S, \p, \x, \u, \0, back-references and anything ECMA-262 rejects.
                    return null;
            }
        }

        private static CharSet Single(char c)
        {
            var set = new CharSet();
            set.Add(c);
            return set;
        }

        private static int? SingleMember(CharSet set)
        {
            var found = -1;
            for (var c = 0; c < 128; c++)
            {
                if (set.Contains(c))
                {
                    if (found >= 0)
                    {
                        return null;
                    }

                    found = c;
                }
            }

            return found >= 0 && !set.OtherCodePoints ? found : null;
        }
    }
}
