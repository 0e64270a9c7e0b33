using RouteApi.Core.Model;
using RouteApi.Core.Validation.Tests;
using RouteApi.Testing;

namespace RouteApi.Core.Validation.SpecRules.Tests;

public sealed class HttpHeadersRuleTests
{
    private const string Response = "spec.httpHeaders.actions.response";
    private const string Request = "spec.httpHeaders.actions.request";

    [Fact]
    public void Create_WithValidHeaderActions_Passes()
    {
        var route = RouteBuilder.Valid()
            .WithResponseHeader(TestHeaders.Set("X-Frame-Options", "DENY"))
            .WithResponseHeader(TestHeaders.Set("X-Server", "%[res.hdr(server),lower] 100%%"))
            .WithResponseHeader(TestHeaders.Delete("X-Powered-By"))
            .WithRequestHeader(TestHeaders.Set("X-Client-Cert", "%{+Q}[ssl_c_der,base64]"))
            .WithRequestHeader(TestHeaders.Set("X-Host", "%[req.hdr(host)] naïve"))
            .Build();

        var errors = RouteValidation.ValidateCreate(route);

        ErrorAssert.None(errors);
    }

    [Fact]
    public void Create_PassthroughWithEmptyHeaderLists_Passes()
    {
        var route = RouteBuilder.Valid().WithTls("passthrough").WithHttpHeaders(new RouteHttpHeaders()).Build();

        ErrorAssert.None(RouteValidation.ValidateCreate(route));
    }

    [Fact]
    public void Create_PassthroughWithHeaders_IsInvalid()
    {
        var route = RouteBuilder.Valid().WithTls("passthrough").WithRequestHeader(TestHeaders.Delete("X-A")).Build();

        var errors = RouteValidation.ValidateCreate(route);

        ErrorAssert.Single(
            errors,
            "spec.tls.termination: Invalid value: \"passthrough\": only edge and re-encrypt routes are supported for providing customized headers.",
            "FieldValueInvalid");
    }

    [Fact]
    public void Create_With20ResponseHeaders_Passes()
    {
        ErrorAssert.None(RouteValidation.ValidateCreate(WithResponseHeaders(20).Build()));
    }

    [Fact]
    public void Create_With21ResponseHeaders_ReportsTheList()
    {
        var errors = RouteValidation.ValidateCreate(WithResponseHeaders(21).Build());

        var items = Enumerable.Range(0, 21).Select(i =>
            $"v1.RouteHTTPHeader{{Name:\"h{i}\", Action:v1.RouteHTTPHeaderActionUnion{{Type:\"Delete\", Set:(*v1.RouteSetHTTPHeader)(nil)}}}}");
        ErrorAssert.Single(
            errors,
            $"{Response}: Invalid value: []v1.RouteHTTPHeader{{{string.Join(", ", items)}}}: response headers list can't exceed 20 items",
            "FieldValueInvalid");
    }

    [Fact]
    public void Create_With21RequestHeaders_RendersSetValues()
    {
        var builder = RouteBuilder.Valid().WithRequestHeader(TestHeaders.Set("x", "v"));
        for (var i = 1; i < 21; i++)
        {
            builder.WithRequestHeader(TestHeaders.Delete("x" + i));
        }

        var error = Assert.Single(RouteValidation.ValidateCreate(builder.Build()));

        Assert.StartsWith(
            $"{Request}: Invalid value: []v1.RouteHTTPHeader{{v1.RouteHTTPHeader{{Name:\"x\", Action:v1.RouteHTTPHeaderActionUnion{{Type:\"Set\", Set:&v1.RouteSetHTTPHeader{{Value:\"v\"}}}}}}, ",
            error.ToString(),
            StringComparison.Ordinal);
        Assert.EndsWith("}}}: request headers list can't exceed 20 items", error.ToString(), StringComparison.Ordinal);
    }

    private static RouteBuilder WithResponseHeaders(int count)
    {
        var builder = RouteBuilder.Valid();
        for (var i = 0; i < count; i++)
        {
            builder.WithResponseHeader(TestHeaders.Delete("h" + i));
        }

        return builder;
    }
}
