using RouteApi.Core.Model;
using RouteApi.Testing;

namespace RouteApi.Core.Validation.Tests;

public sealed class RouteValidationTests
{
    [Fact]
    public void ValidateCreate_ValidRoute_ReturnsNoErrors()
    {
        var route = RouteBuilder.Valid().WithHost("www.example.com").WithPath("/").WithPort("http")
            .WithTls("edge", t => t with { InsecureEdgeTerminationPolicy = "Redirect" })
            .WithAlternateBackend("canary", weight: 10).Build();

        ErrorAssert.None(RouteValidation.ValidateCreate(route));
    }

    [Fact]
    public void ValidateCreate_SeveralProblems_ReportsAllInTableOrder()
    {
        var route = RouteBuilder.Valid().WithNamespace(null).WithPath("a b").WithHost("Bad").WithTo("").WithPort(0).Build();

        var errors = RouteValidation.ValidateCreate(route);

        Assert.Equal(
            ["spec.path", "metadata.namespace", "spec.host", "spec.host", "spec.path", "spec.to.name", "spec.port.targetPort"],
            errors.Select(error => error.Field));
    }

    [Fact]
    public void Aggregate_TwoErrors_MatchesKubernetesMessage()
    {
        var route = RouteBuilder.Valid().WithTo("", kind: "Pod").Build();

        var message = FieldErrors.Aggregate(RouteValidation.ValidateCreate(route));

        Assert.Equal("[spec.to.name: Required value, spec.to.kind: Invalid value: \"Pod\": must reference a Service]", message);
    }

    [Fact]
    public void Aggregate_OneError_IsThePlainMessage()
    {
        var message = FieldErrors.Aggregate(RouteValidation.ValidateCreate(RouteBuilder.Valid().WithName(null).Build()));

        Assert.Equal("metadata.name: Required value: name or generateName is required", message);
    }

    [Fact]
    public void ValidateUpdate_UnchangedStoredRoute_ReturnsNoErrors()
    {
        var old = RouteBuilder.Valid().WithHost("www.example.com").AsStored().Build();

        ErrorAssert.None(RouteValidation.ValidateUpdate(RouteBuilder.From(old).Build(), old));
    }

    [Fact]
    public void ValidateUpdate_HostChange_IsLeftToThePermissionCheck()
    {
        var old = RouteBuilder.Valid().WithHost("www.example.com").AsStored().Build();
        var route = RouteBuilder.From(old).WithHost("api.example.com").WithUid("other").Build();

        var errors = RouteValidation.ValidateUpdate(route, old);

        Assert.Equal(["metadata.uid"], errors.Select(error => error.Field));
    }

    [Fact]
    public void ValidateUpdate_BadLabel_IsReportedByUpdateAndCreateMetadataRules()
    {
        var old = RouteBuilder.Valid().AsStored().Build();

        var errors = RouteValidation.ValidateUpdate(RouteBuilder.From(old).WithLabel("app", "a b").Build(), old);

        Assert.Equal(2, errors.Count);
        Assert.Equal("metadata.labels: Invalid value: \"a b\": " + Messages.LabelValue, FieldErrors.Aggregate(errors));
    }

    [Fact]
    public void ValidateUpdate_InvalidSpec_RunsRouteRules()
    {
        var old = RouteBuilder.Valid().AsStored().Build();

        var errors = RouteValidation.ValidateUpdate(RouteBuilder.From(old).WithTo("svc", weight: 999).Build(), old);

        ErrorAssert.Single(errors, "spec.to.weight: Invalid value: 999: weight must be an integer between 0 and 256", "FieldValueInvalid");
    }

    [Fact]
    public void ValidateStatusUpdate_InvalidSpec_IsNotChecked()
    {
        var old = RouteBuilder.Valid().AsStored().Build();
        var route = RouteBuilder.From(old).WithTo("").WithHost("Bad").WithIngress(new RouteIngress { Host = "?" }).Build();

        ErrorAssert.None(RouteValidation.ValidateStatusUpdate(route, old));
    }
}
