using RouteApi.Core.Model;
using RouteApi.Testing;

namespace RouteApi.Core.Printing.Tests;

public sealed class RouteColumnsTests
{
    [Fact]
    public void Definitions_AreTheSevenOcColumns_AllStringsAtPriorityZero()
    {
        var columns = RouteColumns.Definitions;

        Assert.Equal(["Name", "Host/Port", "Path", "Services", "Port", "Termination", "Wildcard"], columns.Select(c => c.Name));
        Assert.All(columns, c => Assert.Equal(("string", 0), (c.Type, c.Priority)));
        Assert.Equal("name", columns[0].Format);
        Assert.All(columns.Skip(1), c => Assert.Equal(string.Empty, c.Format));
        Assert.All(columns, c => Assert.NotEmpty(c.Description));
    }

    [Fact]
    public void Cells_PlainRoute_ShowsNameHostServiceAllPortsAndWildcard()
    {
        var route = RouteBuilder.Valid("web").WithHost("www.example.com").WithPath("/app").Build();

        var cells = RouteColumns.Cells(route);

        Assert.Equal(["web", "www.example.com", "/app", "svc", "<all>", string.Empty, "None"], cells);
    }

    [Fact]
    public void HostPort_NoIngressStatus_ShowsSpecHost()
    {
        var route = RouteBuilder.Valid().WithHost("a.example.com").Build();

        Assert.Equal("a.example.com", RouteColumns.HostPort(route));
    }

    [Fact]
    public void HostPort_EmptyIngressList_IsPending()
    {
        var route = RouteBuilder.Valid().WithHost("a.example.com").WithStatus(new RouteStatus { Ingress = [] }).Build();

        Assert.Equal("Pending", RouteColumns.HostPort(route));
    }

    [Fact]
    public void HostPort_IngressWithoutAdmittedCondition_IsPending()
    {
        var route = RouteBuilder.Valid().WithHost("a.example.com").WithIngress(Ingress("a.example.com", status: null)).Build();

        Assert.Equal("Pending", RouteColumns.HostPort(route));
    }

    [Fact]
    public void HostPort_AdmittedByOneRouter_ShowsThatRoutersHost()
    {
        var route = RouteBuilder.Valid().WithHost("a.example.com").WithIngress(Ingress("rewritten.example.com", "True")).Build();

        Assert.Equal("rewritten.example.com", RouteColumns.HostPort(route));
    }

    [Fact]
    public void HostPort_AdmittedBySeveralRoutersNoneForSpecHost_ShowsLastAdmittedHostAndHowManyMore()
    {
        var route = RouteBuilder.Valid().WithHost("a.example.com")
            .WithIngress(Ingress("x.example.com", "True"))
            .WithIngress(Ingress("y.example.com", "True"))
            .WithIngress(Ingress("z.example.com", "True"))
            .Build();

        Assert.Equal("z.example.com ... 2 more", RouteColumns.HostPort(route));
    }

    [Fact]
    public void HostPort_EntryMatchingSpecHost_StopsFurtherReplacement()
    {
        var route = RouteBuilder.Valid().WithHost("a.example.com")
            .WithIngress(Ingress("x.example.com", "True"))
            .WithIngress(Ingress("a.example.com", "True"))
            .WithIngress(Ingress("z.example.com", "True"))
            .Build();

        Assert.Equal("a.example.com ... 2 more", RouteColumns.HostPort(route));
    }

    [Fact]
    public void HostPort_OnlyRejections_ShowsTheLastReason()
    {
        var route = RouteBuilder.Valid().WithHost("a.example.com")
            .WithIngress(Ingress("a.example.com", "False", "ExtendedValidationFailed"))
            .WithIngress(Ingress("a.example.com", "False", "HostAlreadyClaimed"))
            .Build();

        Assert.Equal("HostAlreadyClaimed", RouteColumns.HostPort(route));
    }

    [Fact]
    public void HostPort_AdmittedAndRejected_ShowsHostAndRejectionCount()
    {
        var route = RouteBuilder.Valid().WithHost("a.example.com")
            .WithIngress(Ingress("a.example.com", "True"))
            .WithIngress(Ingress("a.example.com", "False", "HostAlreadyClaimed"))
            .Build();

        Assert.Equal("a.example.com ... 1 rejected", RouteColumns.HostPort(route));
    }

    [Fact]
    public void HostPort_UnknownConditionStatus_CountsAsUndecided()
    {
        var route = RouteBuilder.Valid().WithHost("a.example.com")
            .WithIngress(Ingress("b.example.com", "Unknown"))
            .WithIngress(Ingress("c.example.com", "True"))
            .Build();

        Assert.Equal("c.example.com", RouteColumns.HostPort(route));
    }

    [Fact]
    public void Services_SingleBackend_ShowsBareName()
    {
        var spec = RouteBuilder.Valid().WithTo("frontend", weight: 100).Build().Spec;

        Assert.Equal("frontend", RouteColumns.Services(spec));
    }

    [Fact]
    public void Services_SingleBackendWithZeroWeight_ShowsZeroPercent()
    {
        var spec = RouteBuilder.Valid().WithTo("frontend", weight: 0).Build().Spec;

        Assert.Equal("frontend(0%)", RouteColumns.Services(spec));
    }

    [Fact]
    public void Services_SeveralBackends_ShowIntegerPercentagesOfTheTotal()
    {
        var spec = RouteBuilder.Valid().WithTo("a", weight: 1).WithAlternateBackend("b", weight: 1).WithAlternateBackend("c", weight: 1).Build().Spec;

        Assert.Equal("a(33%),b(33%),c(33%)", RouteColumns.Services(spec));
    }

    [Fact]
    public void Services_WeightsSummingToZero_ShowZeroPercentForEach()
    {
        var spec = RouteBuilder.Valid().WithTo("a", weight: 0).WithAlternateBackend("b", weight: 0).Build().Spec;

        Assert.Equal("a(0%),b(0%)", RouteColumns.Services(spec));
    }

    [Fact]
    public void Services_BackendWithoutWeight_ShowsBareNameAndIsLeftOutOfTheTotal()
    {
        var spec = RouteBuilder.Valid().WithTo("a", weight: null).WithAlternateBackend("b", weight: 20).WithAlternateBackend("c", weight: 60).Build().Spec;

        Assert.Equal("a,b(25%),c(75%)", RouteColumns.Services(spec));
    }

    [Theory]
    [InlineData(8080, "8080")]
    [InlineData(0, "0")]
    public void Cells_NumericTargetPort_IsShownAsDecimal(int port, string expected)
    {
        var route = RouteBuilder.Valid().WithPort(port).Build();

        Assert.Equal(expected, RouteColumns.Cells(route)[4]);
    }

    [Fact]
    public void Cells_NamedTargetPort_IsShownByName()
    {
        var route = RouteBuilder.Valid().WithPort("https").Build();

        Assert.Equal("https", RouteColumns.Cells(route)[4]);
    }

    [Theory]
    [InlineData("edge", "Redirect", "edge/Redirect")]
    [InlineData("passthrough", null, "passthrough")]
    [InlineData("reencrypt", "", "reencrypt")]
    [InlineData("", "Allow", "default/Allow")]
    [InlineData("", null, "")]
    public void Termination_CombinesTerminationAndInsecurePolicy(string termination, string? policy, string expected)
    {
        var tls = new TlsConfig { Termination = termination, InsecureEdgeTerminationPolicy = policy };

        Assert.Equal(expected, RouteColumns.Termination(tls));
    }

    [Fact]
    public void Termination_NoTls_IsEmpty()
    {
        Assert.Equal(string.Empty, RouteColumns.Termination(null));
    }

    [Fact]
    public void Cells_WildcardPolicy_IsShownAsSet()
    {
        var route = RouteBuilder.Valid().WithHost("www.example.com").WithWildcardPolicy("Subdomain").Build();

        Assert.Equal("Subdomain", RouteColumns.Cells(route)[6]);
    }

    private static RouteIngress Ingress(string host, string? status, string? reason = null) => new()
    {
        Host = host,
        RouterName = "default",
        Conditions = status is null ? [] : [new RouteIngressCondition { Type = "Admitted", Status = status, Reason = reason }],
    };
}
