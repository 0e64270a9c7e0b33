using System.Runtime.InteropServices;
using System.Text.Json;
using System.Text.Json.Nodes;
using RouteApi.Core.Buffers;
using RouteApi.Core.Model;

namespace RouteApi.Core.ManagedFields;

/// <summary>
/// A set of field paths in structured-merge-diff's trie shape: each node is keyed by an encoded
/// path element (<c>f:name</c>, <c>k:{"name":"x"}</c>, <c>v:"value"</c>, <c>i:0</c>) and may itself
/// be a member. Its FieldsV1 form marks a member that also has children with <c>"."</c>.
/// A set is built with <see cref="Insert"/> and only read after that: the results of
/// <see cref="Union"/>, <see cref="Intersection"/> and <see cref="Difference"/> share subtrees with
/// their operands.
/// </summary>
internal sealed class FieldSet
{
    // Children sorted by PathElementComparer; null until the first one. A route's set has a few
    // dozen nodes, most of them leaves, and sets are built and combined on every write: a sorted
    // list (binary search, merge-walk) costs a fraction of a SortedDictionary's nodes and
    // enumerators, and a leaf costs nothing.
    private List<KeyValuePair<string, FieldSet>>? _children;

    /// <summary>Whether the path leading to this node is in the set.</summary>
    public bool IsMember { get; private set; }

    public bool IsEmpty => !IsMember && ChildCount == 0;

    private int ChildCount => _children?.Count ?? 0;

    // Shared by every node without children; only ever read.
    private static readonly List<KeyValuePair<string, FieldSet>> NoChildren = [];

    private List<KeyValuePair<string, FieldSet>> Entries => _children ?? NoChildren;

    public void Insert(IReadOnlyList<string> path)
    {
        var node = this;
        foreach (var element in path)
        {
            node = node.Child(element);
        }

        node.IsMember = true;
    }

    public bool Has(IReadOnlyList<string> path) => Find(path)?.IsMember == true;

    /// <summary>Whether some member lies strictly below <paramref name="path"/>.</summary>
    public bool HasDescendants(IReadOnlyList<string> path) => Find(path) is { } node && node._children?.Exists(c => !c.Value.IsEmpty) == true;

    /// <summary>The member paths, parents before children, in FieldsV1 order.</summary>
    public IEnumerable<IReadOnlyList<string>> Paths() => PathsUnder([]);

    public FieldSet Union(FieldSet other) => Combine(this, other, Operation.Union) ?? new FieldSet();

    public FieldSet Intersection(FieldSet other) => Combine(this, other, Operation.Intersection) ?? new FieldSet();

    public FieldSet Difference(FieldSet other) => Combine(this, other, Operation.Difference) ?? new FieldSet();

    /// <summary>The FieldsV1 form, <c>{"f:spec":{"f:host":{}}}</c>, with quotes in key elements escaped as <c>\"</c> as Go writes them.</summary>
    public FieldsV1 ToFieldsV1()
    {
        using var output = new PooledBufferWriter(1024);
        using (var writer = new Utf8JsonWriter(output, FieldsV1.CanonicalWriterOptions))
        {
            Write(writer);
        }

        return FieldsV1.FromCanonical(output.WrittenSpan.ToArray());
    }

    /// <summary>The FieldsV1 JSON text (see <see cref="ToFieldsV1"/>).</summary>
    public string ToFieldsV1Json() => ToFieldsV1().ToString();

    /// <summary>Reads a FieldsV1 document; anything but nested objects keyed by path elements is rejected.</summary>
    public static FieldSet FromFieldsV1(JsonNode? node)
    {
        var set = new FieldSet();
        Read(node, set, root: true);
        return set;
    }

    private static void Read(JsonNode? node, FieldSet target, bool root)
    {
        if (node is not JsonObject json)
        {
            throw new FormatException("fieldsV1 must be a JSON object of path elements");
        }

        if (!root && json.Count == 0)
        {
            target.IsMember = true;
        }

        foreach (var (key, value) in json)
        {
            if (key == ".")
            {
                target.IsMember = true;
                continue;
            }

            if (key.Length < 2 || key[1] != ':' || key[0] is not ('f' or 'k' or 'v' or 'i'))
            {
                throw new FormatException($"unknown path element {key}");
            }

            Read(value, target.Child(key), root: false);
        }
    }

    private void Write(Utf8JsonWriter writer)
    {
        writer.WriteStartObject();
        if (IsMember && ChildCount > 0)
        {
            writer.WriteStartObject(".");
            writer.WriteEndObject();
        }

        foreach (var (element, child) in Entries)
        {
            if (!child.IsEmpty)
            {
                writer.WritePropertyName(element);
                child.Write(writer);
            }
        }

        writer.WriteEndObject();
    }

    private FieldSet Child(string element)
    {
        var index = IndexOf(element);
        if (index >= 0)
        {
            return _children![index].Value;
        }

        var child = new FieldSet();
        (_children ??= new List<KeyValuePair<string, FieldSet>>(4)).Insert(~index, new(element, child));
        return child;
    }

    private FieldSet? Find(IReadOnlyList<string> path)
    {
        var node = this;
        foreach (var element in path)
        {
            var index = node.IndexOf(element);
            if (index < 0)
            {
                return null;
            }

            node = node._children![index].Value;
        }

        return node;
    }

    // The child's index, or the bitwise complement of where it would go.
    private int IndexOf(string element) =>
        _children is null ? -1 : CollectionsMarshal.AsSpan(_children).BinarySearch(new ElementKey(element));

    private IEnumerable<IReadOnlyList<string>> PathsUnder(List<string> prefix)
    {
        if (IsMember)
        {
            yield return [.. prefix];
        }

        foreach (var (element, child) in Entries)
        {
            prefix.Add(element);
            foreach (var path in child.PathsUnder(prefix))
            {
                yield return path;
            }

            prefix.RemoveAt(prefix.Count - 1);
        }
    }

    // Missing nodes count as empty sets, so one merge-walk over both sorted child lists serves
    // every operation. Where one side is empty the result is the other side or nothing, so that
    // subtree is shared instead of copied (sets are only read once built); null means empty.
    private static FieldSet? Combine(FieldSet? left, FieldSet? right, Operation operation)
    {
        var leftEmpty = left is null || left.IsEmpty;
        var rightEmpty = right is null || right.IsEmpty;
        if (leftEmpty || rightEmpty)
        {
            return operation switch
            {
                Operation.Union => leftEmpty ? (rightEmpty ? null : right) : left,
                Operation.Difference => leftEmpty ? null : left,
                _ => null,
            };
        }

        var member = operation switch
        {
            Operation.Union => left!.IsMember || right!.IsMember,
            Operation.Intersection => left!.IsMember && right!.IsMember,
            _ => left!.IsMember && !right!.IsMember,
        };
        var result = new FieldSet { IsMember = member };
        var (leftChildren, rightChildren) = (left.Entries, right!.Entries);
        var (l, r) = (0, 0);
        while (l < leftChildren.Count || r < rightChildren.Count)
        {
            var order = l == leftChildren.Count ? 1
                : r == rightChildren.Count ? -1
                : PathElementComparer.Instance.Compare(leftChildren[l].Key, rightChildren[r].Key);
            var key = order <= 0 ? leftChildren[l].Key : rightChildren[r].Key;
            var child = Combine(order <= 0 ? leftChildren[l++].Value : null, order >= 0 ? rightChildren[r++].Value : null, operation);
            if (child is { IsEmpty: false })
            {
                // Keys arrive in order, so appending keeps the list sorted.
                (result._children ??= new List<KeyValuePair<string, FieldSet>>(4)).Add(new(key, child));
            }
        }

        return result.IsEmpty ? null : result;
    }

    // Compares a child entry with a path element alone (List.BinarySearch would need a whole pair).
    private readonly struct ElementKey(string element) : IComparable<KeyValuePair<string, FieldSet>>
    {
        public int CompareTo(KeyValuePair<string, FieldSet> other) => PathElementComparer.Instance.Compare(element, other.Key);
    }

    private enum Operation
    {
        Union,
        Intersection,
        Difference,
    }
}
