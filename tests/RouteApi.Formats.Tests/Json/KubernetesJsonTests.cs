using System.Text;
using RouteApi.Core.Model;

namespace RouteApi.Formats.Json.Tests;

public sealed class KubernetesJsonTests
{
    [Fact]
    public void Serialize_EmptyRoute_WritesAlwaysWrittenFieldsOnly()
    {
        var json = Compact(new Route());

        Assert.Equal("{\"metadata\":{\"creationTimestamp\":null},\"spec\":{\"to\":{\"kind\":\"\",\"name\":\"\",\"weight\":null}},\"status\":{}}\n", json);
    }

    [Fact]
    public void Serialize_EmptyStringsAndCollections_AreOmitted()
    {
        var route = new Route
        {
            Metadata = new ObjectMeta { Name = "a", Namespace = "", Labels = new Dictionary<string, string>(), Finalizers = [] },
            Spec = new RouteSpec { Host = "", Path = "", AlternateBackends = [], To = new RouteTargetReference { Name = "svc", Kind = "Service", Weight = 100 } },
        };

        var json = Compact(route);

        Assert.Equal("{\"metadata\":{\"name\":\"a\",\"creationTimestamp\":null},\"spec\":{\"to\":{\"kind\":\"Service\",\"name\":\"svc\",\"weight\":100}},\"status\":{}}\n", json);
    }

    [Fact]
    public void Serialize_Time_IsRfc3339UtcWholeSeconds()
    {
        var route = new Route { Metadata = new ObjectMeta { CreationTimestamp = new DateTimeOffset(2024, 5, 1, 14, 34, 56, 789, TimeSpan.FromHours(2)) } };

        var json = Compact(route);

        Assert.Contains("\"creationTimestamp\":\"2024-05-01T12:34:56Z\"", json, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("8080", "{\"targetPort\":8080}")]
    [InlineData("\"http\"", "{\"targetPort\":\"http\"}")]
    [InlineData("\"0\"", "{\"targetPort\":\"0\"}")]
    public void TargetPort_IntOrString_RoundTrips(string value, string expected)
    {
        var route = KubernetesJson.Deserialize<Route>(Encoding.UTF8.GetBytes("{\"spec\":{\"port\":{\"targetPort\":" + value + "}}}"));

        var json = Compact(route);

        Assert.Contains("\"port\":" + expected, json, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_Time_DropsFraction()
    {
        var route = KubernetesJson.Deserialize<Route>("{\"metadata\":{\"creationTimestamp\":\"2024-05-01T12:34:56.999999Z\"}}"u8);

        Assert.Equal(new DateTimeOffset(2024, 5, 1, 12, 34, 56, TimeSpan.Zero), route.Metadata.CreationTimestamp);
    }

    [Theory]
    [InlineData("2024-05-01T12:34:56Z")]
    [InlineData("2024-05-01T14:34:56+02:00")]
    [InlineData("2024-05-01T12:34:56\\u005a")]
    public void Deserialize_Time_ReadsEveryRfc3339FormAlike(string text)
    {
        var route = KubernetesJson.Deserialize<Route>(Encoding.UTF8.GetBytes("{\"metadata\":{\"creationTimestamp\":\"" + text + "\"}}"));

        Assert.Equal(new DateTimeOffset(2024, 5, 1, 12, 34, 56, TimeSpan.Zero), route.Metadata.CreationTimestamp);
    }

    [Theory]
    [InlineData("2024-05-01 12:34:56Z")]
    [InlineData("2024-05-01")]
    [InlineData("2024-13-01T12:34:56Z")]
    [InlineData("2024-05-01t12:34:56z")]
    public void Deserialize_Time_NotRfc3339_IsRejected(string text) =>
        Assert.Throws<FormatDecodeException>(() => KubernetesJson.Deserialize<Route>(Encoding.UTF8.GetBytes("{\"metadata\":{\"creationTimestamp\":\"" + text + "\"}}")));

    [Fact]
    public void Deserialize_NullForStruct_KeepsDefault()
    {
        var route = KubernetesJson.Deserialize<Route>("{\"metadata\":null,\"spec\":null,\"status\":null}"u8);

        Assert.NotNull(route.Metadata);
        Assert.NotNull(route.Spec.To);
        Assert.NotNull(route.Status);
    }

    [Fact]
    public void Deserialize_NullForAlwaysWrittenString_ReadsEmpty()
    {
        var route = KubernetesJson.Deserialize<Route>("{\"spec\":{\"to\":{\"kind\":null,\"name\":null}},\"items\":null}"u8);

        Assert.Equal(string.Empty, route.Spec.To.Kind);
        Assert.Equal(string.Empty, route.Spec.To.Name);
    }

    [Fact]
    public void Deserialize_MissingFields_KeepTheirEmptyDefaults()
    {
        var route = KubernetesJson.Deserialize<Route>("{}"u8);

        Assert.NotNull(route.Metadata);
        Assert.NotNull(route.Status);
        Assert.Equal(string.Empty, route.Spec.To.Kind);
        Assert.Equal(string.Empty, route.Spec.To.Name);
    }

    [Fact]
    public void Deserialize_NullItems_ReadsEmptyList()
    {
        var list = KubernetesJson.Deserialize<RouteList>("{\"items\":null}"u8);

        Assert.Empty(list.Items);
    }

    [Fact]
    public void Deserialize_UnknownFields_AreIgnored()
    {
        var route = KubernetesJson.Deserialize<Route>("{\"spec\":{\"host\":\"a.b\",\"foo\":1}}"u8);

        Assert.Equal("a.b", route.Spec.Host);
    }

    [Theory]
    [InlineData("{\"spec\":{\"to\":\"svc\"}}")]
    [InlineData("{\"spec\":")]
    [InlineData("{\"spec\":{\"to\":{\"weight\":\"100\"}}}")]
    [InlineData("[]")]
    [InlineData("")]
    public void Deserialize_MalformedOrWrongTypes_ThrowsFormatDecodeException(string json)
    {
        Assert.Throws<FormatDecodeException>(() => KubernetesJson.Deserialize<Route>(Encoding.UTF8.GetBytes(json)));
    }

    [Fact]
    public void Deserialize_InvalidUtf8_ThrowsFormatDecodeException()
    {
        byte[] json = [.. "{\"metadata\":{\"name\":\""u8, 0xC3, 0x28, .. "\"}}"u8];

        Assert.Throws<FormatDecodeException>(() => KubernetesJson.Deserialize<Route>(json));
    }

    [Fact]
    public void Deserialize_NestingDeeperThanLimit_Throws()
    {
        var deep = "{\"metadata\":{\"annotations\":" + new string('[', KubernetesJson.MaxDepth + 1) + new string(']', KubernetesJson.MaxDepth + 1) + "}}";

        Assert.Throws<FormatDecodeException>(() => KubernetesJson.Deserialize<Route>(Encoding.UTF8.GetBytes(deep)));
    }

    [Fact]
    public void Serialize_Pretty_IndentsTwoSpacesWithoutTrailingNewline()
    {
        var json = Encoding.UTF8.GetString(KubernetesJson.SerializeToBytes(new Status { Result = "Success" }, pretty: true));

        Assert.Equal("{\n  \"kind\": \"Status\",\n  \"apiVersion\": \"v1\",\n  \"metadata\": {},\n  \"status\": \"Success\"\n}", json);
    }

    [Fact]
    public void Serialize_StatusWithCode_WritesKubernetesShape()
    {
        var status = new Status { Result = "Failure", Message = "m", Reason = "NotFound", Details = new StatusDetails { Name = "x", Kind = "routes" }, Code = 404 };

        var json = Compact(status);

        Assert.Equal("{\"kind\":\"Status\",\"apiVersion\":\"v1\",\"metadata\":{},\"status\":\"Failure\",\"message\":\"m\",\"reason\":\"NotFound\",\"details\":{\"name\":\"x\",\"kind\":\"routes\"},\"code\":404}\n", json);
    }

    [Fact]
    public void Serialize_Labels_AreWrittenInSortedKeyOrder()
    {
        var route = new Route { Metadata = new ObjectMeta { Labels = new Dictionary<string, string> { ["b"] = "2", ["a"] = "1", ["B"] = "3" } } };

        var json = Compact(route);

        Assert.Contains("\"labels\":{\"B\":\"3\",\"a\":\"1\",\"b\":\"2\"}", json, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_NullLabelValue_ReadsEmpty()
    {
        var route = KubernetesJson.Deserialize<Route>("{\"metadata\":{\"labels\":{\"a\":null}}}"u8);

        Assert.Equal(string.Empty, route.Metadata.Labels!["a"]);
    }

    [Fact]
    public void Serialize_HtmlCharacters_AreNotEscaped()
    {
        var json = Compact(new Status { Message = "a<b>&'c'" });

        Assert.Contains("\"message\":\"a<b>&'c'\"", json, StringComparison.Ordinal);
    }

    private static string Compact<T>(T value) => Encoding.UTF8.GetString(KubernetesJson.SerializeToBytes(value));
}
