using System.Buffers;
using System.Text.Json;
using System.Text.Json.Nodes;
using RouteApi.Core.Model;

namespace RouteApi.Core.ManagedFields;

/// <summary>
/// A set of field paths in structured-merge-diff's trie shape: each node is keyed by an encoded
/// path element (<c>f:name</c>, <c>k:{"name":"x"}</c>, <c>v:"value"</c>, <c>i:0</c>) and may itself
/// be a member. Its FieldsV1 form marks a member that also has children with <c>"."</c>.
/// </summary>
internal sealed class FieldSet
{
    private readonly SortedDictionary<string, FieldSet> _children = new(PathElementComparer.Instance);

    /// <summary>Whether the path leading to this node is in the set.</summary>
    public bool IsMember { get; private set; }

    public IReadOnlyDictionary<string, FieldSet> Children => _children;

    public bool IsEmpty => !IsMember && _children.Count == 0;

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
    public bool HasDescendants(IReadOnlyList<string> path) => Find(path) is { } node && node._children.Values.Any(c => !c.IsEmpty);

    /// <summary>The member paths, parents before children, in FieldsV1 order.</summary>
    public IEnumerable<IReadOnlyList<string>> Paths() => PathsUnder([]);

    public FieldSet Union(FieldSet other) => Combine(this, other, static (a, b) => a || b);

    public FieldSet Intersection(FieldSet other) => Combine(this, other, static (a, b) => a && b);

    public FieldSet Difference(FieldSet other) => Combine(this, other, static (a, b) => a && !b);

    /// <summary>The FieldsV1 form, <c>{"f:spec":{"f:host":{}}}</c>, with quotes in key elements escaped as <c>\"</c> as Go writes them.</summary>
    public FieldsV1 ToFieldsV1()
    {
        var output = new ArrayBufferWriter<byte>(256);
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
        if (IsMember && _children.Count > 0)
        {
            writer.WriteStartObject(".");
            writer.WriteEndObject();
        }

        foreach (var (element, child) in _children)
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
        if (!_children.TryGetValue(element, out var child))
        {
            child = new FieldSet();
            _children[element] = child;
        }

        return child;
    }

    private FieldSet? Find(IReadOnlyList<string> path)
    {
        var node = this;
        foreach (var element in path)
        {
            if (!node._children.TryGetValue(element, out node))
            {
                return null;
            }
        }

        return node;
    }

    private IEnumerable<IReadOnlyList<string>> PathsUnder(List<string> prefix)
    {
        if (IsMember)
        {
            yield return [.. prefix];
        }

        foreach (var (element, child) in _children)
        {
            prefix.Add(element);
            foreach (var path in child.PathsUnder(prefix))
            {
                yield return path;
            }

            prefix.RemoveAt(prefix.Count - 1);
        }
    }

    // Missing nodes count as empty sets, so one walk over both key sets serves every operation.
    private static FieldSet Combine(FieldSet? left, FieldSet? right, Func<bool, bool, bool> member)
    {
        var result = new FieldSet { IsMember = member(left?.IsMember == true, right?.IsMember == true) };
        if (left is not null)
        {
            foreach (var (key, l) in left._children)
            {
                result.AddIfNotEmpty(key, Combine(l, right?._children.GetValueOrDefault(key), member));
            }
        }

        if (right is not null)
        {
            foreach (var (key, r) in right._children)
            {
                if (left?._children.ContainsKey(key) != true)
                {
                    result.AddIfNotEmpty(key, Combine(null, r, member));
                }
            }
        }

        return result;
    }

    private void AddIfNotEmpty(string key, FieldSet child)
    {
        if (!child.IsEmpty)
        {
            _children[key] = child;
        }
    }
}
