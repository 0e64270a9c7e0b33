using RouteApi.Core.Model;
using RouteApi.Testing;

namespace RouteApi.Core.Admission.Tests;

public sealed class IngressStatusTests
{
    private static readonly DateTimeOffset Then = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);
    private static readonly DateTimeOffset Now = new(2026, 1, 1, 1, 0, 0, 500, TimeSpan.Zero);
    private static readonly RouterSettings Router = new() { Name = "default", CanonicalHostname = "router-default.apps.example.com" };

    private static AdmissionDecision Admitted(string host = "www.example.com") => new(host, "None", true, null, null);

    private static AdmissionDecision Rejected(string message) => new("www.example.com", "None", false, AdmissionReasons.HostAlreadyClaimed, message);

    private static Route Route() => RouteBuilder.Valid("r", "a").WithHost("www.example.com").Build();

    [Fact]
    public void Apply_NoEntry_AppendsOneWithTheTimeInWholeSeconds()
    {
        var route = RouteBuilder.From(Route()).WithIngress(new RouteIngress { RouterName = "other", Host = "x" }).Build();

        var updated = IngressStatus.Apply(route, Router, Admitted(), Now)!;

        Assert.Equal(["other", "default"], updated.Status.Ingress!.Select(i => i.RouterName));
        var entry = updated.Status.Ingress![1];
        Assert.Equal("router-default.apps.example.com", entry.RouterCanonicalHostname);
        Assert.Equal("None", entry.WildcardPolicy);
        var condition = Assert.Single(entry.Conditions!);
        Assert.Equal(("Admitted", "True"), (condition.Type, condition.Status));
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 1, 0, 0, TimeSpan.Zero), condition.LastTransitionTime);
    }

    [Fact]
    public void Apply_SameDecisionAgain_WritesNothing()
    {
        var written = IngressStatus.Apply(Route(), Router, Admitted(), Then)!;

        Assert.Null(IngressStatus.Apply(written, Router, Admitted(), Now));
    }

    [Fact]
    public void Apply_NewMessageSameStatus_KeepsTransitionTime()
    {
        var written = IngressStatus.Apply(Route(), Router, Rejected("one"), Then)!;

        var updated = IngressStatus.Apply(written, Router, Rejected("two"), Now)!;

        var condition = Assert.Single(IngressStatus.Find(updated, "default")!.Conditions!);
        Assert.Equal("two", condition.Message);
        Assert.Equal(Then, condition.LastTransitionTime);
    }

    [Fact]
    public void Apply_StatusFlips_MovesTransitionTime()
    {
        var written = IngressStatus.Apply(Route(), Router, Rejected("one"), Then)!;

        var updated = IngressStatus.Apply(written, Router, Admitted(), Now)!;

        var condition = Assert.Single(IngressStatus.Find(updated, "default")!.Conditions!);
        Assert.Equal(("True", null, null), (condition.Status, condition.Reason, condition.Message));
        Assert.Equal(new DateTimeOffset(2026, 1, 1, 1, 0, 0, TimeSpan.Zero), condition.LastTransitionTime);
    }

    [Fact]
    public void Apply_OtherConditionTypes_AreKept()
    {
        var route = RouteBuilder.From(Route()).WithIngress(new RouteIngress
        {
            RouterName = "default",
            Host = "www.example.com",
            Conditions = [new RouteIngressCondition { Type = "UnservableInFutureVersions", Status = "True" }],
        }).Build();

        var updated = IngressStatus.Apply(route, Router, Admitted(), Now)!;

        Assert.Equal(["UnservableInFutureVersions", "Admitted"], IngressStatus.Find(updated, "default")!.Conditions!.Select(c => c.Type));
    }

    [Fact]
    public void Apply_RouteLeftTheShard_RemovesOnlyItsEntry()
    {
        var route = RouteBuilder.From(IngressStatus.Apply(Route(), Router, Admitted(), Then)!)
            .WithIngress(new RouteIngress { RouterName = "other", Host = "x" }).Build();

        var updated = IngressStatus.Apply(route, Router, null, Now)!;

        Assert.Equal(["other"], updated.Status.Ingress!.Select(i => i.RouterName));
    }
}
