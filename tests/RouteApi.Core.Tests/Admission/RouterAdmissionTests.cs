using RouteApi.Core.Model;
using static RouteApi.Core.Admission.Tests.AdmissionRoutes;

namespace RouteApi.Core.Admission.Tests;

public sealed class RouterAdmissionTests
{
    private static IReadOnlyDictionary<ResourceKey, AdmissionDecision> Evaluate(RouterSettings settings, params Route[] routes) =>
        RouterAdmission.Evaluate(routes, settings);

    [Fact]
    public void Evaluate_TwoNamespacesOneHost_OlderOwnsAndNewerIsRejected()
    {
        var decisions = Evaluate(Router(),
            Stored("b", "newer", "www.example.com", minute: 2).Build(),
            Stored("a", "older", "www.example.com", minute: 1).Build());

        Assert.True(decisions.Decision("a", "older").Admitted);
        var rejected = decisions.Decision("b", "newer");
        Assert.False(rejected.Admitted);
        Assert.Equal(AdmissionReasons.HostAlreadyClaimed, rejected.Reason);
        Assert.Equal("a route in another namespace holds www.example.com and is older than newer", rejected.Message);
    }

    [Fact]
    public void Evaluate_EqualTimestamps_SmallerUidWinsWhateverTheNames()
    {
        var decisions = Evaluate(Router(),
            Stored("a", "aaa", "www.example.com", minute: 1, uid: "ffff").Build(),
            Stored("z", "zzz", "www.example.com", minute: 1, uid: "0000").Build());

        Assert.True(decisions.Decision("z", "zzz").Admitted);
        Assert.False(decisions.Decision("a", "aaa").Admitted);
    }

    [Fact]
    public void Evaluate_SameNamespaceDifferentPaths_BothAdmitted()
    {
        var decisions = Evaluate(Router(),
            Stored("a", "root", "www.example.com", minute: 1).Build(),
            Stored("a", "api", "www.example.com", minute: 2).WithPath("/api").Build());

        Assert.True(decisions.Decision("a", "root").Admitted);
        Assert.True(decisions.Decision("a", "api").Admitted);
    }

    [Fact]
    public void Evaluate_SameNamespaceSamePath_YoungerRejectedNamingTheOwner()
    {
        var decisions = Evaluate(Router(),
            Stored("a", "first", "www.example.com", minute: 1).WithPath("/api").Build(),
            Stored("a", "second", "www.example.com", minute: 2).WithPath("/api").Build());

        var rejected = decisions.Decision("a", "second");
        Assert.Equal(AdmissionReasons.HostAlreadyClaimed, rejected.Reason);
        Assert.Equal("route first already exposes www.example.com and is older", rejected.Message);
    }

    [Fact]
    public void Evaluate_OtherNamespaceDifferentPathInStrictMode_Rejected()
    {
        var decisions = Evaluate(Router(NamespaceOwnership.Strict),
            Stored("a", "root", "www.example.com", minute: 1).Build(),
            Stored("b", "api", "www.example.com", minute: 2).WithPath("/api").Build());

        Assert.Equal(AdmissionReasons.HostAlreadyClaimed, decisions.Decision("b", "api").Reason);
    }

    [Fact]
    public void Evaluate_OtherNamespaceDifferentPathInterNamespaceAllowed_Admitted()
    {
        var decisions = Evaluate(Router(NamespaceOwnership.InterNamespaceAllowed),
            Stored("a", "root", "www.example.com", minute: 1).Build(),
            Stored("b", "api", "www.example.com", minute: 2).WithPath("/api").Build());

        Assert.True(decisions.Decision("b", "api").Admitted);
    }

    [Fact]
    public void Evaluate_OtherNamespaceSamePathInterNamespaceAllowed_YoungerRejected()
    {
        var decisions = Evaluate(Router(NamespaceOwnership.InterNamespaceAllowed),
            Stored("a", "first", "www.example.com", minute: 1).Build(),
            Stored("b", "second", "www.example.com", minute: 2).Build());

        Assert.True(decisions.Decision("a", "first").Admitted);
        Assert.Equal("a route in another namespace holds www.example.com and is older than second", decisions.Decision("b", "second").Message);
    }

    [Fact]
    public void Evaluate_PassthroughOwner_BlocksYoungerTlsRouteOnAnotherPath()
    {
        var decisions = Evaluate(Router(),
            Stored("a", "pass", "www.example.com", minute: 1).WithTls("passthrough").Build(),
            Stored("a", "edge", "www.example.com", minute: 2).WithPath("/api").WithTls("edge").Build());

        Assert.True(decisions.Decision("a", "pass").Admitted);
        Assert.Equal(AdmissionReasons.HostAlreadyClaimed, decisions.Decision("a", "edge").Reason);
    }

    [Fact]
    public void Evaluate_PassthroughOwner_LetsPlainHttpRouteOnAnotherPath()
    {
        var decisions = Evaluate(Router(),
            Stored("a", "pass", "www.example.com", minute: 1).WithTls("passthrough").Build(),
            Stored("a", "plain", "www.example.com", minute: 2).WithPath("/api").Build());

        Assert.True(decisions.Decision("a", "plain").Admitted);
    }

    [Fact]
    public void Evaluate_WildcardRouteWhenNotAllowed_RouteNotAdmitted()
    {
        var decisions = Evaluate(Router(wildcards: false),
            Stored("a", "wild", "www.example.com", minute: 1).WithWildcardPolicy("Subdomain").Build());

        var decision = decisions.Decision("a", "wild");
        Assert.Equal(AdmissionReasons.RouteNotAdmitted, decision.Reason);
        Assert.Equal("wildcard routes are not allowed", decision.Message);
    }

    [Fact]
    public void Evaluate_WildcardInOtherNamespace_BlockedByOlderHostInDomain()
    {
        var decisions = Evaluate(Router(wildcards: true),
            Stored("a", "host", "www.example.com", minute: 1).Build(),
            Stored("b", "wild", "any.example.com", minute: 2).WithWildcardPolicy("Subdomain").Build());

        Assert.True(decisions.Decision("a", "host").Admitted);
        var rejected = decisions.Decision("b", "wild");
        Assert.Equal(AdmissionReasons.HostAlreadyClaimed, rejected.Reason);
        Assert.Equal("a route in another namespace holds host any.example.com", rejected.Message);
        Assert.Equal("Subdomain", rejected.WildcardPolicy);
    }

    [Fact]
    public void Evaluate_OlderWildcard_BlocksHostOfOtherNamespaceInItsDomain()
    {
        var decisions = Evaluate(Router(wildcards: true),
            Stored("a", "wild", "www.example.com", minute: 1).WithWildcardPolicy("Subdomain").Build(),
            Stored("b", "host", "shop.example.com", minute: 2).Build());

        Assert.True(decisions.Decision("a", "wild").Admitted);
        Assert.Equal(AdmissionReasons.HostAlreadyClaimed, decisions.Decision("b", "host").Reason);
    }

    [Fact]
    public void Evaluate_TwoWildcardsSameNamespaceSamePath_YoungerGetsDetailedMessage()
    {
        var decisions = Evaluate(Router(wildcards: true),
            Stored("a", "one", "www.example.com", minute: 1).WithWildcardPolicy("Subdomain").Build(),
            Stored("a", "two", "api.example.com", minute: 2).WithWildcardPolicy("Subdomain").Build());

        Assert.Equal("wildcard route a/one has host *.example.com, blocking api.example.com", decisions.Decision("a", "two").Message);
    }

    [Fact]
    public void Evaluate_WildcardAndHostSameNamespace_Coexist()
    {
        var decisions = Evaluate(Router(wildcards: true),
            Stored("a", "wild", "www.example.com", minute: 1).WithWildcardPolicy("Subdomain").Build(),
            Stored("a", "host", "shop.example.com", minute: 2).Build());

        Assert.True(decisions.Decision("a", "wild").Admitted);
        Assert.True(decisions.Decision("a", "host").Admitted);
    }

    [Fact]
    public void Evaluate_SubdomainWithoutHost_AdmittedUnderRouterDomain()
    {
        var decisions = Evaluate(Router(),
            Stored("a", "sub", host: null, minute: 1).WithSubdomain("shop").Build());

        var decision = decisions.Decision("a", "sub");
        Assert.True(decision.Admitted);
        Assert.Equal("shop.apps.example.com", decision.Host);
    }

    [Fact]
    public void Evaluate_NoHostAndNoDomain_NoHostValue()
    {
        var decisions = Evaluate(Router() with { Domain = null },
            Stored("a", "sub", host: null, minute: 1).WithSubdomain("shop").Build());

        Assert.Equal(AdmissionReasons.NoHostValue, decisions.Decision("a", "sub").Reason);
    }

    [Fact]
    public void Evaluate_NonCompliantLabel_InvalidHost()
    {
        var host = new string('a', 64) + ".example.com";

        var decisions = Evaluate(Router(), Stored("a", "long", host, minute: 1).Build());

        var decision = decisions.Decision("a", "long");
        Assert.Equal(AdmissionReasons.InvalidHost, decision.Reason);
        Assert.StartsWith("host name validation errors: spec.host: Invalid value: ", decision.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Evaluate_RouteOutsideLabelShard_HasNoDecision()
    {
        var settings = Router() with { RouteSelector = Selectors.LabelSelector.Parse("shard=internal") };

        var decisions = Evaluate(settings,
            Stored("a", "in", "in.example.com", minute: 1).WithLabel("shard", "internal").Build(),
            Stored("a", "out", "out.example.com", minute: 1).Build());

        Assert.True(decisions.ContainsKey(new ResourceKey("a", "in")));
        Assert.False(decisions.ContainsKey(new ResourceKey("a", "out")));
    }

    [Fact]
    public void Evaluate_NamespaceSelectorByName_ServesOnlyThoseNamespaces()
    {
        var settings = Router() with { NamespaceSelector = Selectors.LabelSelector.Parse("kubernetes.io/metadata.name in (team-a)") };

        var decisions = Evaluate(settings,
            Stored("team-a", "r", "a.example.com", minute: 1).Build(),
            Stored("team-b", "r", "b.example.com", minute: 1).Build());

        Assert.Equal([new ResourceKey("team-a", "r")], decisions.Keys);
    }

    [Fact]
    public void Evaluate_OwnerWithBrokenCertificate_StillHoldsTheHost()
    {
        var decisions = Evaluate(Router(),
            Stored("a", "broken", "www.example.com", minute: 1).WithTls("edge", t => t with { Certificate = "garbage", Key = "garbage" }).Build(),
            Stored("a", "second", "www.example.com", minute: 2).Build());

        Assert.Equal(AdmissionReasons.ExtendedValidationFailed, decisions.Decision("a", "broken").Reason);
        Assert.Equal(AdmissionReasons.HostAlreadyClaimed, decisions.Decision("a", "second").Reason);
    }
}
