using RouteApi.Core.Model;
using RouteApi.Testing;

namespace RouteApi.Core.Defaulting.Tests;

public sealed class RouteDefaultsTests
{
    [Fact]
    public void Apply_EmptyWildcardPolicy_SetsNone()
    {
        var route = RouteDefaults.Apply(RouteBuilder.Valid().WithWildcardPolicy(null).Build());

        Assert.Equal("None", route.Spec.WildcardPolicy);
    }

    [Fact]
    public void Apply_SubdomainWildcardPolicy_IsKept()
    {
        var route = RouteDefaults.Apply(RouteBuilder.Valid().WithWildcardPolicy("Subdomain").Build());

        Assert.Equal("Subdomain", route.Spec.WildcardPolicy);
    }

    [Fact]
    public void Apply_BackendWithoutKindAndWeight_SetsServiceAnd100()
    {
        var route = RouteDefaults.Apply(RouteBuilder.Valid().WithTo("svc", kind: "", weight: null).Build());

        Assert.Equal(new RouteTargetReference { Kind = "Service", Name = "svc", Weight = 100 }, route.Spec.To);
    }

    [Fact]
    public void Apply_BackendWithKindAndZeroWeight_IsKept()
    {
        var route = RouteDefaults.Apply(RouteBuilder.Valid().WithTo("svc", kind: "Pod", weight: 0).Build());

        Assert.Equal(new RouteTargetReference { Kind = "Pod", Name = "svc", Weight = 0 }, route.Spec.To);
    }

    [Fact]
    public void Apply_AlternateBackends_DefaultsEachOne()
    {
        var built = RouteBuilder.Valid().WithAlternateBackend("a", kind: "", weight: null).WithAlternateBackend("b", weight: 5).Build();

        var route = RouteDefaults.Apply(built);

        Assert.Equal(
            [new RouteTargetReference { Kind = "Service", Name = "a", Weight = 100 }, new RouteTargetReference { Kind = "Service", Name = "b", Weight = 5 }],
            route.Spec.AlternateBackends!);
    }

    [Fact]
    public void Apply_TlsWithoutTerminationOrDestinationCa_SetsEdge()
    {
        var route = RouteDefaults.Apply(RouteBuilder.Valid().WithTls("").Build());

        Assert.Equal("edge", route.Spec.Tls!.Termination);
    }

    [Fact]
    public void Apply_TlsWithDestinationCaOnly_KeepsEmptyTermination()
    {
        var route = RouteDefaults.Apply(RouteBuilder.Valid().WithTls("", t => t with { DestinationCaCertificate = "pem" }).Build());

        Assert.Equal("", route.Spec.Tls!.Termination);
    }

    [Theory]
    [InlineData("Edge", "edge")]
    [InlineData("Reencrypt", "reencrypt")]
    [InlineData("Passthrough", "passthrough")]
    [InlineData("EDGE", "EDGE")]
    [InlineData("reencrypt", "reencrypt")]
    public void Apply_Termination_NormalisesExactCaseOnly(string termination, string expected)
    {
        var route = RouteDefaults.Apply(RouteBuilder.Valid().WithTls(termination).Build());

        Assert.Equal(expected, route.Spec.Tls!.Termination);
    }

    [Fact]
    public void Apply_WithoutTls_LeavesTlsAbsent()
    {
        var route = RouteDefaults.Apply(RouteBuilder.Valid().Build());

        Assert.Null(route.Spec.Tls);
    }

    [Fact]
    public void Apply_IngressWithoutWildcardPolicy_SetsNone()
    {
        var built = RouteBuilder.Valid()
            .WithIngress(new RouteIngress { RouterName = "default" })
            .WithIngress(new RouteIngress { RouterName = "other", WildcardPolicy = "Subdomain" })
            .Build();

        var route = RouteDefaults.Apply(built);

        Assert.Equal(["None", "Subdomain"], route.Status.Ingress!.Select(ingress => ingress.WildcardPolicy));
    }

    [Fact]
    public void Apply_HostPathPortAndInsecurePolicy_AreNotDefaulted()
    {
        var route = RouteDefaults.Apply(RouteBuilder.Valid().WithTls("edge").Build());

        Assert.Null(route.Spec.Host);
        Assert.Null(route.Spec.Path);
        Assert.Null(route.Spec.Port);
        Assert.Null(route.Spec.Tls!.InsecureEdgeTerminationPolicy);
    }

    [Fact]
    public void Apply_Always_LeavesInputUnchanged()
    {
        var input = RouteBuilder.Valid().WithWildcardPolicy(null).Build();

        RouteDefaults.Apply(input);

        Assert.Null(input.Spec.WildcardPolicy);
    }
}
