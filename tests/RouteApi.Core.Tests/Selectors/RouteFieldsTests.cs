using RouteApi.Core.Model;

namespace RouteApi.Core.Selectors.Tests;

public sealed class RouteFieldsTests
{
    private static readonly Route Sample = new()
    {
        Metadata = new ObjectMeta { Name = "web", Namespace = "shop" },
        Spec = new RouteSpec
        {
            Host = "www.example.com",
            Path = "/cart",
            Subdomain = "www",
            To = new RouteTargetReference { Kind = "Service", Name = "frontend" },
        },
    };

    [Theory]
    [InlineData("metadata.name", "web")]
    [InlineData("metadata.namespace", "shop")]
    [InlineData("spec.host", "www.example.com")]
    [InlineData("spec.path", "/cart")]
    [InlineData("spec.to.name", "frontend")]
    [InlineData("spec.subdomain", "")]
    [InlineData("spec.foo", "")]
    public void GetValue_EachLabel_ReturnsRouteField(string label, string expected)
    {
        Assert.Equal(expected, RouteFields.GetValue(Sample, label));
    }

    [Theory]
    [InlineData("metadata.name")]
    [InlineData("metadata.namespace")]
    [InlineData("spec.host")]
    [InlineData("spec.path")]
    [InlineData("spec.to.name")]
    public void GetValue_UnsetField_ReturnsEmpty(string label)
    {
        Assert.Equal(string.Empty, RouteFields.GetValue(new Route(), label));
    }

    [Theory]
    [InlineData("metadata.name=x")]
    [InlineData("metadata.namespace=x")]
    [InlineData("spec.path=x")]
    [InlineData("spec.host=x")]
    [InlineData("spec.subdomain=x")]
    [InlineData("spec.to.name=x")]
    [InlineData("metadata.name=x,spec.host!=y,spec.to.name==z")]
    public void CheckSupported_GroupLabel_Passes(string text)
    {
        RouteFields.CheckSupported(FieldSelector.Parse(text), legacy: false);
    }

    [Theory]
    [InlineData("metadata.name=x")]
    [InlineData("metadata.namespace=x")]
    [InlineData("spec.path=x")]
    [InlineData("spec.host=x")]
    [InlineData("spec.to.name=x")]
    public void CheckSupported_LegacyLabel_Passes(string text)
    {
        RouteFields.CheckSupported(FieldSelector.Parse(text), legacy: true);
    }

    [Theory]
    [InlineData("spec.foo=x", false, "spec.foo")]
    [InlineData("spec.subdomain=x", true, "spec.subdomain")]
    [InlineData("status.ingress=x", false, "status.ingress")]
    [InlineData("=x", false, "")]
    [InlineData("Metadata.Name=x", false, "Metadata.Name")]
    [InlineData("spec.zzz=1,spec.aaa=1", false, "spec.aaa")]
    [InlineData("metadata.name=a,spec.\"q\"=1", false, "spec.\\\"q\\\"")]
    public void CheckSupported_UnknownLabel_ThrowsNotAKnownFieldSelector(string text, bool legacy, string quotedBody)
    {
        var error = Assert.Throws<SelectorParseException>(() => RouteFields.CheckSupported(FieldSelector.Parse(text), legacy));

        Assert.Equal($"\"{quotedBody}\" is not a known field selector: only \"metadata.name\", \"metadata.namespace\"", error.Message);
    }

    [Theory]
    [InlineData("metadata.name=web,metadata.namespace=shop", true)]
    [InlineData("spec.host=www.example.com,spec.path=/cart,spec.to.name=frontend", true)]
    [InlineData("spec.to.name!=frontend", false)]
    [InlineData("spec.subdomain=www", false)]
    [InlineData("spec.subdomain=", true)]
    [InlineData("spec.subdomain!=www", true)]
    public void Matches_Selector_EvaluatesRouteFields(string text, bool expected)
    {
        Assert.Equal(expected, RouteFields.Matches(FieldSelector.Parse(text), Sample));
    }

    [Fact]
    public void Labels_LegacyPath_LacksOnlySubdomain()
    {
        Assert.Equal(["spec.subdomain"], RouteFields.GroupLabels.Except(RouteFields.LegacyLabels));
        Assert.Empty(RouteFields.LegacyLabels.Except(RouteFields.GroupLabels));
    }
}
