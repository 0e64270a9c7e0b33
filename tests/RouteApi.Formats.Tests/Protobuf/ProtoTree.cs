using System.Globalization;
using System.Text;

namespace RouteApi.Formats.Protobuf.Tests;

/// <summary>
/// The output of <c>protoc --decode_raw</c> as a tree: <c>N: value</c> lines are leaves, <c>N { … }</c>
/// blocks are messages. Paths are field numbers joined by dots, with <c>[i]</c> for the i-th
/// occurrence of a repeated field: <c>2.2.4[1].3</c>.
/// </summary>
internal sealed class ProtoTree
{
    private ProtoTree(int number, string? text)
    {
        Number = number;
        Text = text;
    }

    public int Number { get; }

    /// <summary>The raw value of a leaf (a quoted string or a number); null for a message.</summary>
    public string? Text { get; }

    public List<ProtoTree> Children { get; } = [];

    public static ProtoTree Parse(string output)
    {
        var root = new ProtoTree(0, null);
        var stack = new Stack<ProtoTree>([root]);
        foreach (var raw in output.Split('\n', StringSplitOptions.RemoveEmptyEntries))
        {
            var line = raw.Trim();
            if (line == "}")
            {
                stack.Pop();
            }
            else if (line.EndsWith(" {", StringComparison.Ordinal))
            {
                var message = new ProtoTree(int.Parse(line[..^2], CultureInfo.InvariantCulture), null);
                stack.Peek().Children.Add(message);
                stack.Push(message);
            }
            else
            {
                var colon = line.IndexOf(':', StringComparison.Ordinal);
                stack.Peek().Children.Add(new ProtoTree(int.Parse(line[..colon], CultureInfo.InvariantCulture), line[(colon + 2)..]));
            }
        }

        return root;
    }

    public ProtoTree Get(string path)
    {
        var node = this;
        foreach (var segment in path.Split('.'))
        {
            var bracket = segment.IndexOf('[', StringComparison.Ordinal);
            var number = int.Parse(bracket < 0 ? segment : segment[..bracket], CultureInfo.InvariantCulture);
            var index = bracket < 0 ? 0 : int.Parse(segment[(bracket + 1)..^1], CultureInfo.InvariantCulture);
            var matches = node.Children.Where(c => c.Number == number).ToList();
            Assert.True(matches.Count > index, $"field {path} is not in the decoded message (no occurrence {index} of field {number})");
            node = matches[index];
        }

        return node;
    }

    public bool Has(string path)
    {
        var dot = path.LastIndexOf('.');
        var parent = dot < 0 ? this : Get(path[..dot]);
        var number = int.Parse(path[(dot + 1)..], CultureInfo.InvariantCulture);
        return parent.Children.Any(c => c.Number == number);
    }

    public int Count(string path)
    {
        var dot = path.LastIndexOf('.');
        var parent = dot < 0 ? this : Get(path[..dot]);
        var number = int.Parse(path[(dot + 1)..], CultureInfo.InvariantCulture);
        return parent.Children.Count(c => c.Number == number);
    }

    /// <summary>The string at <paramref name="path"/>, unescaped (protoc writes C escapes and octal bytes).</summary>
    public string String(string path)
    {
        var text = Get(path).Text ?? throw new Xunit.Sdk.XunitException($"field {path} is a message, not a string");
        Assert.True(text.StartsWith('"'), $"field {path} is not a string: {text}");
        return Unescape(text[1..^1]);
    }

    public ulong Varint(string path)
    {
        var text = Get(path).Text ?? throw new Xunit.Sdk.XunitException($"field {path} is a message, not a varint");
        Assert.True(ulong.TryParse(text, CultureInfo.InvariantCulture, out var value), $"field {path} is not a varint: {text}");
        return value;
    }

    /// <summary>Every message whose fields are not in ascending number order, as paths.</summary>
    public IEnumerable<string> OutOfOrder(string path = "")
    {
        for (var i = 1; i < Children.Count; i++)
        {
            if (Children[i].Number < Children[i - 1].Number)
            {
                yield return $"{(path.Length == 0 ? "(root)" : path)}: field {Children[i].Number} after {Children[i - 1].Number}";
            }
        }

        foreach (var child in Children.Where(c => c.Text is null))
        {
            foreach (var problem in child.OutOfOrder(path.Length == 0 ? $"{child.Number}" : $"{path}.{child.Number}"))
            {
                yield return problem;
            }
        }
    }

    private static string Unescape(string text)
    {
        var bytes = new List<byte>();
        for (var i = 0; i < text.Length; i++)
        {
            if (text[i] != '\\')
            {
                bytes.AddRange(Encoding.UTF8.GetBytes(text[i].ToString()));
                continue;
            }

            var c = text[++i];
            if (c is >= '0' and <= '7')
            {
                bytes.Add(System.Convert.ToByte(text.Substring(i, 3), 8));
                i += 2;
                continue;
            }

            bytes.Add((byte)(c switch { 'n' => '\n', 'r' => '\r', 't' => '\t', _ => c }));
        }

        return Encoding.UTF8.GetString([.. bytes]);
    }
}
