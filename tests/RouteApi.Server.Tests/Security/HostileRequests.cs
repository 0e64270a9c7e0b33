using System.Text;
using RouteApi.Core.Model;
using RouteApi.Formats.Json;
using RouteApi.Formats.Protobuf;
using RouteApi.Formats.Yaml;

namespace RouteApi.Server.Tests.Security;

/// <summary>
/// Generates hostile requests from a seeded <see cref="Random"/>, so a failure is reproducible.
/// Every request is one the server must refuse with a 4xx: write bodies derive from a route that
/// is wrong in several independent ways (namespace mismatch, existing name, stale
/// resourceVersion, invalid spec), so a few random byte edits cannot turn one into a valid write.
/// </summary>
public sealed partial class HostileRequests(int seed, string @namespace)
{
    public const string Keeper = "keeper";

    private const string Group = "/apis/route.openshift.io/v1";

    private static readonly string[] BodyTypes =
    [
        "application/json", "application/yaml", "application/vnd.kubernetes.protobuf",
        "application/merge-patch+json", "application/json-patch+json", "application/strategic-merge-patch+json", "application/apply-patch+yaml",
    ];

    private readonly Random _random = new(seed);

    private string Collection => $"{Prefix()}/namespaces/{@namespace}/routes";

    private string KeeperPath => $"{Collection}/{Keeper}";

    /// <summary>The route every write body starts from: wrong namespace, existing name, stale resourceVersion, invalid spec.</summary>
    public static string BaseJson(string prefix) => """
        {"apiVersion":"APIVERSION","kind":"Route","metadata":{"name":"keeper","namespace":"elsewhere","resourceVersion":"1",
        "labels":{"app":"web"},"annotations":{"note":"hostile"}},"spec":{"host":"www.example.com","path":"/x",
        "to":{"kind":"Pod","name":"svc","weight":999},"alternateBackends":[{"kind":"Service","name":"b","weight":1}],
        "port":{"targetPort":8080},"tls":{"termination":"edge","insecureEdgeTerminationPolicy":"Bogus",
        "certificate":"-----BEGIN CERTIFICATE-----\nAAAA\n-----END CERTIFICATE-----\n"},"wildcardPolicy":"Bogus"}}
        """.Replace("APIVERSION", prefix == Group ? "route.openshift.io/v1" : "v1", StringComparison.Ordinal).Replace("\n", string.Empty, StringComparison.Ordinal);

    public List<HostileRequest> Generate()
    {
        var requests = new List<HostileRequest>();
        Add(requests, 250, RandomBody);
        Add(requests, 600, MutatedBody);
        Add(requests, 150, TruncatedBody);
        Add(requests, 150, BadTextBody);
        Add(requests, 6, OversizedBody);
        Add(requests, 24, DeepBody);
        Add(requests, 80, HostileJsonPatch);
        Add(requests, 60, HostileMergePatch);
        Add(requests, 300, HostilePath);
        Add(requests, 300, GarbageQuery);
        Add(requests, 100, HostileHeaders);
        Add(requests, 100, WrongMethod);
        Add(requests, 200, BadToken);
        Add(requests, 50, ForbiddenWrite);
        Add(requests, 50, UnknownPath);
        return requests;
    }

    private static void Add(List<HostileRequest> requests, int count, Func<HostileRequest> next)
    {
        for (var i = 0; i < count; i++)
        {
            requests.Add(next());
        }
    }

    private string Prefix() => _random.Next(2) == 0 ? Group : "/oapi/v1";

    private T Pick<T>(T[] items) => items[_random.Next(items.Length)];

    private HostileRequest RandomBody()
    {
        var body = new byte[_random.Next(1, 4096)];
        _random.NextBytes(body);
        var type = Pick(BodyTypes);
        return WriteWith("random-body", type, body);
    }

    private HostileRequest MutatedBody()
    {
        var prefix = Prefix();
        var (type, body) = Encoded(prefix, _random.Next(3));
        var mutations = _random.Next(1, 7);
        for (var i = 0; i < mutations; i++)
        {
            body = Mutate(body);
        }

        return WriteWith("mutated-body", type, body, prefix);
    }

    private HostileRequest TruncatedBody()
    {
        var prefix = Prefix();
        var (type, body) = Encoded(prefix, _random.Next(3));
        return WriteWith("truncated-body", type, body[.._random.Next(body.Length)], prefix);
    }

    /// <summary>Invalid UTF-8, control characters and escapes in the fields of a JSON or YAML body.</summary>
    private HostileRequest BadTextBody()
    {
        var prefix = Prefix();
        var text = Encoding.UTF8.GetBytes(BaseJson(prefix));
        var field = Pick<string>(["\"keeper\"", "\"web\"", "\"svc\"", "\"hostile\"", "\"www.example.com\"", "\"/x\""]);
        var at = IndexOf(text, Encoding.UTF8.GetBytes(field)) + 1;
        byte[] junk = Pick<byte[]>([
            [0xff, 0xfe], [0xc0, 0xaf], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x80], [0x00],
            [0x01, 0x02, 0x1b, 0x7f], [0x0a, 0x0d], "\\u0000"u8.ToArray(), "\\ud800"u8.ToArray(), "\\udc00x"u8.ToArray(), "\\x41"u8.ToArray(), "\\"u8.ToArray(),
            "\u202e"u8.ToArray(), "\ufeff"u8.ToArray(),
       ]);
        var body = text[..at].Concat(junk).Concat(text[at..]).ToArray();
        var type = _random.Next(2) == 0 ? "application/json" : "application/yaml";
        return WriteWith("bad-text-body", type, body, prefix);
    }

    private HostileRequest OversizedBody()
    {
        var body = Encoding.UTF8.GetBytes("{\"metadata\":{\"name\":\"big\",\"annotations\":{\"a\":\"" + new string('x', (3 * 1024 * 1024) + _random.Next(1, 100_000)) + "\"}},\"spec\":{\"to\":{\"name\":\"svc\"}}}");
        return new HostileRequest("oversized-body", HttpMethod.Post, Collection) { Body = body, ContentType = Pick(BodyTypes[..3]), Chunked = _random.Next(2) == 0 };
    }

    private HostileRequest DeepBody()
    {
        var depth = _random.Next(101, 20_000);
        var open = Pick<string>(["[", "{\"a\":", "[{\"a\":"]);
        var close = open switch { "[" => "]", "{\"a\":" => "}", _ => "}]" };
        var yaml = _random.Next(2) == 0;
        var inner = yaml && open == "[" ? "- " : string.Empty;
        var nested = string.Concat(Enumerable.Repeat(open, depth)) + "1" + string.Concat(Enumerable.Repeat(close, depth));
        var body = "{\"metadata\":{\"name\":\"deep\"},\"spec\":{\"to\":{\"name\":\"svc\"}},\"x\":" + inner + nested + "}";
        var type = yaml ? "application/yaml" : Pick<string>(["application/json", "application/merge-patch+json", "application/strategic-merge-patch+json"]);
        var patch = type.Contains("patch", StringComparison.Ordinal);
        return new HostileRequest("deep-body", patch ? HttpMethod.Patch : HttpMethod.Post, patch ? KeeperPath : Collection) { Body = Encoding.UTF8.GetBytes(body), ContentType = type };
    }

    /// <summary>JSON patches that cannot apply: bad ops, missing or hostile paths, failing tests, wrong shapes.</summary>
    private HostileRequest HostileJsonPatch()
    {
        var pointer = Pick<string>([
            "/spec/nope/deeper", "/metadata/labels/a~2b/c", "/spec/alternateBackends/99", "/spec/alternateBackends/-1", "/spec/alternateBackends/01",
            "/spec/alternateBackends/99999999999999999999", "//", "/../..", "/spec/../metadata", "~", "/spec/to/name/x", "/metadata/labels/missing/deeper",
       ]) + (_random.Next(3) == 0 ? "/" + RandomText(_random.Next(1, 12)) : string.Empty);
        var patch = Pick<string>([
            $"[{{\"op\":\"replace\",\"path\":\"{pointer}\",\"value\":1}}]",
            $"[{{\"op\":\"remove\",\"path\":\"{pointer}\"}}]",
            $"[{{\"op\":\"move\",\"from\":\"{pointer}\",\"path\":\"/spec/host\"}}]",
            $"[{{\"op\":\"copy\",\"from\":\"{pointer}\",\"path\":\"/spec/path\"}}]",
            "[{\"op\":\"test\",\"path\":\"/spec/to/name\",\"value\":\"not-svc\"},{\"op\":\"add\",\"path\":\"/metadata/labels/x\",\"value\":\"y\"}]",
            "[{\"op\":\"" + RandomText(_random.Next(0, 8)) + "\",\"path\":\"/spec/host\",\"value\":\"a\"}]",
            "[{\"op\":\"add\"}]",
            "[{\"path\":\"/spec/host\",\"value\":\"a\"}]",
            "{\"op\":\"add\",\"path\":\"/spec/host\",\"value\":\"a\"}",
            "[1,2,3]",
            "[[]]",
            "[{\"op\":\"replace\",\"path\":\"/spec/to/weight\",\"value\":\"heavy\"}]",
            "[{\"op\":\"replace\",\"path\":\"/metadata/namespace\",\"value\":\"elsewhere\"}]",
            "[{\"op\":\"replace\",\"path\":\"/spec/to/kind\",\"value\":\"Pod\"}]",
       ]);
        return new HostileRequest("json-patch", HttpMethod.Patch, KeeperPath) { Body = Encoding.UTF8.GetBytes(patch), ContentType = "application/json-patch+json" };
    }

    /// <summary>Merge patches with wrong types or invalid values.</summary>
    private HostileRequest HostileMergePatch()
    {
        var patch = Pick<string>([
            "{\"metadata\":[]}", "{\"spec\":5}", "{\"spec\":{\"to\":{\"weight\":\"heavy\"}}}", "{\"spec\":{\"to\":{\"kind\":\"Pod\"}}}",
            "{\"metadata\":{\"name\":\"other\"}}", "{\"metadata\":{\"namespace\":\"elsewhere\"}}", "{\"spec\":{\"host\":\"UPPER.example.com\"}}",
            "{\"spec\":{\"alternateBackends\":[{},{},{},{},{}]}}", "{\"metadata\":{\"labels\":{\"" + RandomText(70) + "\":\"x\"}}}",
            "{\"spec\":{\"path\":\"no-slash\"}}", "{\"metadata\":{\"resourceVersion\":\"1\"},\"spec\":{\"to\":{\"name\":\"\"}}}",
            "{\"apiVersion\":\"v2\"}", "{\"kind\":\"Pod\"}", "null", "\"text\"", "{\"spec\":{\"tls\":{\"termination\":\"" + RandomText(5) + "\"}}}",
       ]);
        var type = Pick<string>(["application/merge-patch+json", "application/strategic-merge-patch+json"]);
        return new HostileRequest("merge-patch", HttpMethod.Patch, KeeperPath) { Body = Encoding.UTF8.GetBytes(patch), ContentType = type };
    }

    private HostileRequest WriteWith(string kind, string type, byte[] body, string? prefix = null)
    {
        var collection = $"{prefix ?? Prefix()}/namespaces/{@namespace}/routes";
        var (method, path) = type switch
        {
            "application/merge-patch+json" or "application/json-patch+json" or "application/strategic-merge-patch+json" or "application/apply-patch+yaml"
                => (HttpMethod.Patch, collection + "/" + Keeper + (_random.Next(4) == 0 ? "/status" : string.Empty)),
            _ => _random.Next(3) switch
            {
                0 => (HttpMethod.Post, collection),
                1 => (HttpMethod.Put, collection + "/" + Keeper),
                _ => (HttpMethod.Put, collection + "/" + Keeper + "/status"),
            },
        };
        return new HostileRequest(kind, method, path) { Body = body, ContentType = type };
    }

    private static (string Type, byte[] Body) Encoded(string prefix, int format)
    {
        var json = Encoding.UTF8.GetBytes(BaseJson(prefix));
        return format switch
        {
            0 => ("application/json", json),
            1 => ("application/yaml", KubernetesYaml.SerializeToBytes(KubernetesJson.Deserialize<Route>(json))),
            _ => ("application/vnd.kubernetes.protobuf", KubernetesProtobuf.SerializeToBytes(KubernetesJson.Deserialize<Route>(json))),
        };
    }

    private byte[] Mutate(byte[] body)
    {
        if (body.Length == 0)
        {
            return [(byte)_random.Next(256)];
        }

        var at = _random.Next(body.Length);
        var length = Math.Min(body.Length - at, _random.Next(1, 16));
        switch (_random.Next(6))
        {
            case 0:
                body[at] ^= (byte)(1 << _random.Next(8));
                return body;
            case 1:
                body[at] = (byte)_random.Next(256);
                return body;
            case 2:
                var insert = Pick<byte[]>([[0], [0xff], [0xc0, 0xaf], [(byte)'"'], [(byte)'\\'], [(byte)'{'], [(byte)']'], [(byte)':'], [(byte)','], [0x0a], [0x80, 0x80], [0x08, 0x96, 0x01]]);
                return [.. body[..at], .. insert, .. body[at..]];
            case 3:
                return [.. body[..at], .. body[(at + length)..]];
            case 4:
                return [.. body[..(at + length)], .. body[at..]];
            default:
                return body[..at];
        }
    }

    private string RandomText(int length)
    {
        const string Alphabet = "abcXYZ019-_.~!@#$%^&*()[]{}<>|;:',/?= \\\"`";
        return new string([.. Enumerable.Range(0, length).Select(_ => Alphabet[_random.Next(Alphabet.Length)])]);
    }

    private static int IndexOf(byte[] haystack, byte[] needle)
    {
        for (var i = 0; i <= haystack.Length - needle.Length; i++)
        {
            if (haystack.AsSpan(i, needle.Length).SequenceEqual(needle))
            {
                return i;
            }
        }

        throw new InvalidOperationException("field not in the base route");
    }
}
