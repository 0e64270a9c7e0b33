using System.Text;

namespace RouteApi.Server.Tests.Security;

public sealed partial class HostileRequests
{
    /// <summary>Names and namespaces with traversal, odd percent-encodings and characters a path segment must not carry.</summary>
    private static readonly string[] HostileSegments =
    [
        "..", ".", "%2e%2e", "%2E%2E", "%2e", ".%2e", "%2e.", "%2f", "a%2fb", "..%2f..%2fetc%2fpasswd", "%2e%2e%2f%2e%2e", "%5c..%5c", "..%5c..",
        "%00", "a%00b", "%ff", "%c0%ae%c0%ae", "%c0%af", "%e0%80%ae", "%252e%252e", "%25", "%", "%zz", "%%", "%2", "a%20b", "%20", "%09",
        "%0d%0aX-Injected:%201", "%0a", "UPPER", "a_b", "-lead", "trail-", "%e2%80%ae", "%ef%bb%bf", "name%3Fx%3D1", "%23frag", "a;b", "*",
        "a'b", "a\"b", "%3Cscript%3E", "~", "%7e", "a..b", "...", "%u002e%u002e", "%C0%80",
    ];

    private static readonly string[] InvalidLabelSelectors =
    [
        "!", "a in (", "=b", "a!=!", "(", ",", "a b c", "a in (b,", "a notin", "a=b=c", "a in b", "!a=b", "a=(b)", "a>", "a>b", "a<1x",
        "k/", "/k", "-k=v", "k=-v-", "a,,b", "a in (b c)", "x=" + new string('v', 64), new string('k', 64) + "=v",
    ];

    private static readonly string[] InvalidFieldSelectors =
    [
        "spec.nope=x", "metadata.labels=x", "status.x=1", "spec.host", "spec.host=a=b", "metadata.name in (a)", "!spec.host",
        "=x", "spec.to.name>1", "metadata.uid=x",
    ];

    private HostileRequest HostilePath()
    {
        var segment = Pick(HostileSegments);
        if (_random.Next(3) == 0)
        {
            segment = RandomText(_random.Next(1, 6)).Replace("?", "%3F", StringComparison.Ordinal).Replace("#", "%23", StringComparison.Ordinal)
                .Replace("%", "%25", StringComparison.Ordinal).Replace("/", "%2F", StringComparison.Ordinal) + segment;
        }

        var prefix = Prefix();
        var body = Encoding.UTF8.GetBytes(BaseJson(prefix));
        return _random.Next(7) switch
        {
            0 => new HostileRequest("path-name", HttpMethod.Get, $"{prefix}/namespaces/{@namespace}/routes/{segment}"),
            1 => new HostileRequest("path-name", HttpMethod.Delete, $"{prefix}/namespaces/{@namespace}/routes/{segment}"),
            2 => new HostileRequest("path-name", HttpMethod.Put, $"{prefix}/namespaces/{@namespace}/routes/{segment}") { Body = body, ContentType = "application/json" },
            3 => new HostileRequest("path-name", HttpMethod.Patch, $"{prefix}/namespaces/{@namespace}/routes/{segment}/status") { Body = "{\"spec\":5}"u8.ToArray(), ContentType = "application/merge-patch+json" },
            4 => new HostileRequest("path-namespace", HttpMethod.Get, $"{prefix}/namespaces/{segment}/routes/{Keeper}"),
            5 => new HostileRequest("path-namespace", HttpMethod.Post, $"{prefix}/namespaces/{segment}/routes") { Body = body, ContentType = "application/json" },
            _ => new HostileRequest("path-namespace", HttpMethod.Delete, $"{prefix}/namespaces/{segment}/routes/{Keeper}"),
        };
    }

    /// <summary>List and watch queries with a parameter the server must refuse, plus harmless noise.</summary>
    private HostileRequest GarbageQuery()
    {
        var bad = _random.Next(8) switch
        {
            0 => "labelSelector=" + Uri.EscapeDataString(Pick(InvalidLabelSelectors) + (_random.Next(2) == 0 ? RandomText(_random.Next(1, 10)).Replace(",", "!", StringComparison.Ordinal) + "!" : string.Empty)),
            1 => "fieldSelector=" + Uri.EscapeDataString(Pick(InvalidFieldSelectors)),
            2 => "continue=" + Uri.EscapeDataString(GarbageContinue()),
            3 => "limit=" + Pick<string>(["abc", "1.5", "-", "99999999999999999999999", "0x10", "1e3", "%00", "" + RandomText(3) + "x"]),
            4 => "resourceVersion=" + Pick<string>(["abc", "-1", "1e3", "%201", "0x1", "18446744073709551616", "1.0", "%00"]),
            5 => "timeoutSeconds=" + Pick<string>(["abc", "1.5", "-", "99999999999999999999999", "%ff"]),
            6 => "resourceVersion=0&resourceVersionMatch=" + Uri.EscapeDataString(Pick<string>(["Bogus", "exact", "notolderthan", RandomText(6) + "x"])),
            _ => "resourceVersionMatch=NotOlderThan",
        };
        var noise = Pick<string>([string.Empty, "&pretty=maybe", "&watch=" + Pick<string>(["true", "1", "false", "yes"]), "&allowWatchBookmarks=%ff", "&x=%zz", "&&&", "&=", "&limit=5"]);
        var path = _random.Next(3) switch
        {
            0 => $"{Prefix()}/routes",
            1 => Collection,
            _ => $"{Prefix()}/watch/namespaces/{@namespace}/routes",
        };
        return new HostileRequest("query", HttpMethod.Get, path + "?" + bad + noise);
    }

    private string GarbageContinue()
    {
        var bytes = new byte[_random.Next(1, 64)];
        _random.NextBytes(bytes);
        return _random.Next(5) switch
        {
            0 => Convert.ToBase64String(bytes),
            1 => RandomText(_random.Next(1, 40)),
            2 => Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"v\":\"meta.k8s.io/v1\",\"rv\":" + _random.Next(-5, 5) + ",\"start\":\"../../" + RandomText(5) + "\"}")),
            3 => Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"v\":\"" + RandomText(4) + "\",\"rv\":1,\"start\":\"a\"}")),
            _ => Convert.ToBase64String(Encoding.UTF8.GetBytes("{\"v\":\"meta.k8s.io/v1\",\"rv\":\"one\"}")),
        };
    }

    private HostileRequest HostileHeaders()
    {
        switch (_random.Next(4))
        {
            case 0:
                return new HostileRequest("huge-header", HttpMethod.Get, KeeperPath)
                {
                    Headers = [new("X-Padding", new string('h', 33 * 1024 + _random.Next(64 * 1024)))],
                };
            case 1:
                return new HostileRequest("many-headers", HttpMethod.Get, KeeperPath)
                {
                    Headers = [.. Enumerable.Range(0, 400 + _random.Next(400)).Select(i => new KeyValuePair<string, string>("X-H" + i, new string('m', 100)))],
                };
            case 2:
                return new HostileRequest("bad-accept", HttpMethod.Get, KeeperPath)
                {
                    Headers = [new("Accept", Pick<string>(["text/html", "application/xml", "image/png", "text/plain", "application/jsonx"]))],
                };
            default:
                return new HostileRequest("bad-content-type", HttpMethod.Post, Collection)
                {
                    Body = Encoding.UTF8.GetBytes(BaseJson(Group)),
                    ContentType = Pick<string>(["text/plain", "application/xml", "multipart/form-data; boundary=x", "application/x-www-form-urlencoded", "image/png", "application/octet-stream", "text/html"]),
                };
        }
    }

    private HostileRequest WrongMethod()
    {
        var method = Pick<HttpMethod>([HttpMethod.Options, HttpMethod.Trace, new HttpMethod("PROPFIND"), new HttpMethod("FOO"), HttpMethod.Put, HttpMethod.Post, HttpMethod.Patch, HttpMethod.Delete]);
        var path = method.Method switch
        {
            "PUT" or "PATCH" => Pick<string>([Collection, $"{Prefix()}/routes", $"{Prefix()}/watch/routes"]),
            "POST" => Pick<string>([KeeperPath, KeeperPath + "/status", $"{Prefix()}/watch/routes", "/healthz", "/version"]),
            "DELETE" => Pick<string>([$"{Prefix()}/routes", KeeperPath + "/status", $"{Prefix()}/watch/namespaces/{@namespace}/routes"]),
            _ => Pick<string>([Collection, KeeperPath, $"{Prefix()}/routes"]),
        };
        return new HostileRequest("wrong-method", method, path) { Body = method == HttpMethod.Post || method == HttpMethod.Put ? "{}"u8.ToArray() : null, ContentType = "application/json" };
    }

    private HostileRequest BadToken()
    {
        var (method, path, body) = _random.Next(4) switch
        {
            0 => (HttpMethod.Get, KeeperPath, (byte[]?)null),
            1 => (HttpMethod.Delete, KeeperPath, null),
            2 => (HttpMethod.Delete, Collection, null),
            _ => (HttpMethod.Post, Collection, Encoding.UTF8.GetBytes("{\"metadata\":{\"name\":\"intruder\"},\"spec\":{\"to\":{\"name\":\"svc\"}}}")),
        };
        var request = new HostileRequest("bad-token", method, path) { Body = body, ContentType = body is null ? null : "application/json" };
        return _random.Next(3) switch
        {
            0 => request with { Token = RandomText(_random.Next(1, 80)).Replace(" ", "x", StringComparison.Ordinal).Replace("\"", "x", StringComparison.Ordinal) },
            1 => request with { Token = null },
            _ => request with
            {
                RawAuthorization = Pick<string>([
                    "Bearer", "Bearer ", "bearer", "Basic YWRtaW46YWRtaW4=", "Basic " + Convert.ToBase64String(Encoding.UTF8.GetBytes(RouteApiFactory.AdminToken)),
                    "Bearer " + RouteApiFactory.AdminToken + " " + RouteApiFactory.AdminToken, "Bearer " + new string('t', 8 * 1024), "Negotiate abc", "Bearer\t" + RouteApiFactory.AdminToken,
                    RouteApiFactory.AdminToken, "Bearer " + RouteApiFactory.AdminToken.ToUpperInvariant(), "Bearer " + RouteApiFactory.AdminToken + "=",
               ]),
            },
        };
    }

    private HostileRequest ForbiddenWrite()
    {
        var prefix = Prefix();
        var request = _random.Next(4) switch
        {
            0 => new HostileRequest("forbidden", HttpMethod.Delete, KeeperPath),
            1 => new HostileRequest("forbidden", HttpMethod.Delete, Collection),
            2 => new HostileRequest("forbidden", HttpMethod.Post, $"{prefix}/routes") { Body = "{\"metadata\":{\"name\":\"x\",\"namespace\":\"team-a\"},\"spec\":{\"to\":{\"name\":\"svc\"}}}"u8.ToArray(), ContentType = "application/json" },
            _ => new HostileRequest("forbidden", HttpMethod.Patch, KeeperPath) { Body = "{\"metadata\":{\"labels\":{\"owned\":\"yes\"}}}"u8.ToArray(), ContentType = "application/merge-patch+json" },
        };
        return request with { Token = Pick<string>(["view-token", "edit-token", "nobody-token", "cluster-viewer-token"]) };
    }

    private HostileRequest UnknownPath()
    {
        var path = Pick<string>([
            "/apis/route.openshift.io/v2/routes", $"{KeeperPath}/nope", $"{KeeperPath}/status/x", "/apis/%2e%2e/%2e%2e/etc/passwd", "/api/v1/pods",
            "/apis/route.openshift.io/v1/namespaces", "/oapi/v1/namespaces//routes/keeper", "/apis/route.openshift.io/v1/namespaces/" + @namespace + "/services",
            "/apis/route.openshift.io/v1/namespaces/" + @namespace + "/routes/keeper/custom-host", "/%00", "/oapi/v2", "/apis/route.openshift.io/v1beta1/routes",
       ]);
        return new HostileRequest("unknown-path", Pick<HttpMethod>([HttpMethod.Get, HttpMethod.Delete, HttpMethod.Post]), path);
    }
}
