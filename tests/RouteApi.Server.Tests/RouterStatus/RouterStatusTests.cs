using System.Net;
using System.Text.Json;
using RouteApi.Core.Admission;
using RouteApi.Testing;

namespace RouteApi.Server.Tests.RouterStatus;

public sealed class RouterStatusTests(RouterStatusFactory factory) : IClassFixture<RouterStatusFactory>
{
    private const string Default = RouterStatusFactory.Default;
    private const string Internal = RouterStatusFactory.Internal;
    private const string Internally = ""","labels":{"shard":"internal"}""";

    private readonly ApiClient _api = new(factory.CreateClient());
    private readonly RouterStatusDriver _routers = new(factory);

    private static string Spec(string host, string extra = "") => $$"""{"host":"{{host}}","to":{"name":"svc"}{{extra}}}""";

    private Task<System.Text.Json.Nodes.JsonObject> CreateAsync(string ns, string name, string spec, string metadata = "") =>
        _api.CreateAsync(ApiPrefixes.Group, ns, name, spec, metadata);

    [Fact]
    public async Task Create_RouteWithHost_EachRouterWritesItsOwnAdmittedEntry()
    {
        var ns = ApiPrefixes.NewNamespace();
        var host = $"www.{ns}.example.com";

        await CreateAsync(ns, "web", Spec(host), Internally);

        await _routers.AdmittedAsync(ns, "web", Default, "True");
        await _routers.AdmittedAsync(ns, "web", Internal, "True");
        var entry = _routers.Entry(ns, "web", Default)!;
        Assert.Equal((host, "None", RouterStatusFactory.DefaultCanonicalHostname), (entry.Host, entry.WildcardPolicy, entry.RouterCanonicalHostname));
        Assert.Null(_routers.Entry(ns, "web", Internal)!.RouterCanonicalHostname);
    }

    [Fact]
    public async Task Create_RouteOutsideShard_OnlyTheRouterServingItWrites()
    {
        var ns = ApiPrefixes.NewNamespace();

        await CreateAsync(ns, "web", Spec($"www.{ns}.example.com"));

        await _routers.AdmittedAsync(ns, "web", Default, "True");
        Assert.Equal([Default], _routers.Route(ns, "web")!.Status.Ingress!.Select(i => i.RouterName));
    }

    [Fact]
    public async Task Create_SameHostInYoungerNamespace_RejectedThenAdmittedWhenOwnerIsDeleted()
    {
        var (older, younger) = (ApiPrefixes.NewNamespace(), ApiPrefixes.NewNamespace());
        var host = $"www.{older}.example.com";
        await CreateAsync(older, "owner", Spec(host));
        factory.Time.Advance(TimeSpan.FromMinutes(1));
        await CreateAsync(younger, "claimant", Spec(host));

        var rejected = await _routers.AdmittedAsync(younger, "claimant", Default, "False", AdmissionReasons.HostAlreadyClaimed);
        await _api.DeleteRouteAsync($"{ApiPrefixes.Group}/namespaces/{older}/routes/owner");

        Assert.Equal($"a route in another namespace holds {host} and is older than claimant", rejected.Message);
        await _routers.AdmittedAsync(younger, "claimant", Default, "True");
    }

    [Fact]
    public async Task Create_SameHostOtherPathsInOneNamespace_AllAdmittedButTheSamePathTwice()
    {
        var ns = ApiPrefixes.NewNamespace();
        var host = $"www.{ns}.example.com";
        await CreateAsync(ns, "root", Spec(host));
        factory.Time.Advance(TimeSpan.FromMinutes(1));
        await CreateAsync(ns, "api", Spec(host, ""","path":"/api" """));
        factory.Time.Advance(TimeSpan.FromMinutes(1));
        await CreateAsync(ns, "api2", Spec(host, ""","path":"/api" """));

        var duplicate = await _routers.AdmittedAsync(ns, "api2", Default, "False", AdmissionReasons.HostAlreadyClaimed);

        Assert.Equal($"route api already exposes {host} and is older", duplicate.Message);
        await _routers.AdmittedAsync(ns, "root", Default, "True");
        await _routers.AdmittedAsync(ns, "api", Default, "True");
    }

    [Fact]
    public async Task Create_OtherNamespaceOtherPath_StrictRouterRejectsInterNamespaceRouterAdmits()
    {
        var (first, second) = (ApiPrefixes.NewNamespace(), ApiPrefixes.NewNamespace());
        var host = $"www.{first}.example.com";
        await CreateAsync(first, "root", Spec(host), Internally);
        factory.Time.Advance(TimeSpan.FromMinutes(1));
        await CreateAsync(second, "api", Spec(host, ""","path":"/api" """), Internally);

        await _routers.AdmittedAsync(second, "api", Default, "False", AdmissionReasons.HostAlreadyClaimed);

        await _routers.AdmittedAsync(second, "api", Internal, "True");
    }

    [Fact]
    public async Task Create_TlsRouteBesidePassthroughOwner_Rejected()
    {
        var ns = ApiPrefixes.NewNamespace();
        var host = $"secure.{ns}.example.com";
        await CreateAsync(ns, "pass", Spec(host, ""","tls":{"termination":"passthrough"}"""));
        factory.Time.Advance(TimeSpan.FromMinutes(1));
        await CreateAsync(ns, "edge", Spec(host, ""","path":"/app","tls":{"termination":"edge"}"""));

        await _routers.AdmittedAsync(ns, "edge", Default, "False", AdmissionReasons.HostAlreadyClaimed);

        await _routers.AdmittedAsync(ns, "pass", Default, "True");
    }

    [Fact]
    public async Task Create_WildcardRoute_NotAdmittedWhereWildcardsAreOffAndConflictsAcrossNamespacesWhereOn()
    {
        var (owner, other) = (ApiPrefixes.NewNamespace(), ApiPrefixes.NewNamespace());
        await CreateAsync(owner, "host", Spec($"www.{owner}.example.com"), Internally);
        factory.Time.Advance(TimeSpan.FromMinutes(1));
        await CreateAsync(other, "wild", Spec($"any.{owner}.example.com", ""","wildcardPolicy":"Subdomain" """), Internally);

        var off = await _routers.AdmittedAsync(other, "wild", Default, "False", AdmissionReasons.RouteNotAdmitted);
        await _routers.AdmittedAsync(owner, "host", Internal, "True");

        Assert.Equal("wildcard routes are not allowed", off.Message);
        Assert.Equal("Subdomain", _routers.Entry(other, "wild", Default)!.WildcardPolicy);

        // Inter-namespace sharing lets a wildcard coexist with another namespace's host in its domain.
        await _routers.AdmittedAsync(other, "wild", Internal, "True");
    }

    [Fact]
    public async Task Create_SubdomainRoute_EachRouterCompletesItWithItsDomain()
    {
        var ns = ApiPrefixes.NewNamespace();

        await CreateAsync(ns, "sub", """{"subdomain":"shop","to":{"name":"svc"}}""", Internally);

        await _routers.AdmittedAsync(ns, "sub", Default, "True");
        await _routers.AdmittedAsync(ns, "sub", Internal, "True");
        Assert.Equal("shop.apps.example.com", _routers.Entry(ns, "sub", Default)!.Host);
        Assert.Equal("shop.apps.internal", _routers.Entry(ns, "sub", Internal)!.Host);
    }

    [Theory]
    [InlineData("good")]
    [InlineData("mismatched")]
    [InlineData("garbage")]
    public async Task Create_EdgeRouteCertificates_CheckedByExtendedValidation(string pair)
    {
        var ns = ApiPrefixes.NewNamespace();
        var (certificate, key) = pair switch
        {
            "good" => (TestCertificates.ServingCertificate, TestCertificates.ServingKey),
            "mismatched" => (TestCertificates.ServingCertificate, TestCertificates.UnrelatedKey),
            _ => ("-----BEGIN CERTIFICATE-----\nnot base64!\n-----END CERTIFICATE-----\n", "garbage"),
        };
        var tls = $$""","tls":{"termination":"edge","certificate":{{JsonSerializer.Serialize(certificate)}},"key":{{JsonSerializer.Serialize(key)}}}""";

        await CreateAsync(ns, "edge", Spec("www.example.com".Replace("www", "www-" + ns, StringComparison.Ordinal), tls));

        if (pair == "good")
        {
            await _routers.AdmittedAsync(ns, "edge", Default, "True");
            return;
        }

        var condition = await _routers.AdmittedAsync(ns, "edge", Default, "False", AdmissionReasons.ExtendedValidationFailed);
        Assert.Equal(pair == "mismatched"
            ? "spec.tls.key: Invalid value: \"redacted key data\": tls: private key does not match public key"
            : "[spec.tls.certificate: Invalid value: \"redacted certificate data\": data does not contain any valid RSA or ECDSA certificates, spec.tls.key: Invalid value: \"\": no key specified]",
            condition.Message);
    }

    [Fact]
    public async Task Patch_OwnerMovesToAnotherHost_ClaimantAdmittedAndOwnerEntryFollows()
    {
        var (older, younger) = (ApiPrefixes.NewNamespace(), ApiPrefixes.NewNamespace());
        var host = $"www.{older}.example.com";
        await CreateAsync(older, "owner", Spec(host));
        factory.Time.Advance(TimeSpan.FromMinutes(1));
        await CreateAsync(younger, "claimant", Spec(host));
        await _routers.AdmittedAsync(younger, "claimant", Default, "False");

        await _api.MergePatchAsync($"{ApiPrefixes.Group}/namespaces/{older}/routes/owner", $$$"""{"spec":{"host":"moved.{{{older}}}.example.com"}}""");

        await _routers.AdmittedAsync(younger, "claimant", Default, "True");
        await _routers.UntilAsync(() => _routers.Entry(older, "owner", Default) is { Host: var h } e && h == $"moved.{older}.example.com" ? e : null,
            () => $"owner entry host {_routers.Entry(older, "owner", Default)?.Host}");
    }

    [Fact]
    public async Task Reconcile_NothingChangedForARoute_WritesNothingToIt()
    {
        var ns = ApiPrefixes.NewNamespace();
        await CreateAsync(ns, "quiet", Spec($"quiet.{ns}.example.com"));
        await _routers.AdmittedAsync(ns, "quiet", Default, "True");
        var before = _routers.Route(ns, "quiet")!.Metadata.ResourceVersion!;
        var watch = await WatchFromAsync(ns, before);

        // A later clock: a pass that rewrote the entry would stamp a new time and change the bytes.
        factory.Time.Advance(TimeSpan.FromMinutes(1));

        // Each creation makes the controller evaluate every route again. Passes run one after the
        // other, so once the second route is admitted the pass the first one started has finished.
        await CreateAndAwaitAdmissionAsync(ApiPrefixes.NewNamespace());
        await CreateAndAwaitAdmissionAsync(ApiPrefixes.NewNamespace());
        factory.Time.Advance(TimeSpan.FromMinutes(2));

        Assert.Equal(before, _routers.Route(ns, "quiet")!.Metadata.ResourceVersion);
        Assert.Equal(string.Empty, await watch.ReadToEndAsync());
    }

    private async Task CreateAndAwaitAdmissionAsync(string ns)
    {
        await CreateAsync(ns, "trigger", Spec($"trigger.{ns}.example.com"));
        await _routers.AdmittedAsync(ns, "trigger", Default, "True");
    }

    private async Task<WatchStream> WatchFromAsync(string ns, string resourceVersion)
    {
        var response = await _api.Http.GetAsync(
            $"{ApiPrefixes.Group}/namespaces/{ns}/routes?watch=true&resourceVersion={resourceVersion}&timeoutSeconds=120",
            HttpCompletionOption.ResponseHeadersRead, TestContext.Current.CancellationToken);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return new WatchStream(response);
    }

    /// <summary>A watch the server ends once the fake clock passes its timeoutSeconds; its body is every event it saw.</summary>
    private sealed class WatchStream(HttpResponseMessage response)
    {
        public async Task<string> ReadToEndAsync()
        {
            using (response)
            {
                return (await response.Content.ReadAsStringAsync(TestContext.Current.CancellationToken)).Trim();
            }
        }
    }
}
