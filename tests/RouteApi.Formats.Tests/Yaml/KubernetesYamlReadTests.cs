using System.Text;
using System.Text.Json.Nodes;
using RouteApi.Core.Model;
using RouteApi.Formats.Json;

namespace RouteApi.Formats.Yaml.Tests;

/// <summary>How YAML bodies are read: converted to JSON by go-yaml v2's rules, then read as JSON.</summary>
public sealed class KubernetesYamlReadTests
{
    private const string Manifest = """
        apiVersion: route.openshift.io/v1
        kind: Route
        metadata:
          name: frontend
          namespace: demo
          creationTimestamp: 2024-05-01T12:34:56Z
          labels:
            app: frontend
        spec:
          host: www.example.com
          to:
            kind: Service
            name: frontend
            weight: 100
          port:
            targetPort: 8080
        """;

    [Fact]
    public void Deserialize_Manifest_ReadsEveryField()
    {
        var route = Read<Route>(Manifest);

        Assert.Equal("{\"kind\":\"Route\",\"apiVersion\":\"route.openshift.io/v1\",\"metadata\":{\"name\":\"frontend\",\"namespace\":\"demo\",\"creationTimestamp\":\"2024-05-01T12:34:56Z\",\"labels\":{\"app\":\"frontend\"}},\"spec\":{\"host\":\"www.example.com\",\"to\":{\"kind\":\"Service\",\"name\":\"frontend\",\"weight\":100},\"port\":{\"targetPort\":8080}},\"status\":{}}\n", Json(route));
    }

    [Fact]
    public void Deserialize_JsonBody_IsValidYaml()
    {
        var route = Read<Route>("{\"metadata\":{\"name\":\"a\"},\"spec\":{\"to\":{\"name\":\"svc\"}}}");

        Assert.Equal("svc", route.Spec.To.Name);
    }

    [Fact]
    public void Deserialize_QuotedDigitsTargetPort_IsAString()
    {
        var route = Read<Route>("spec:\n  port:\n    targetPort: \"8080\"\n");

        Assert.Equal(IntOrString.FromString("8080"), route.Spec.Port!.TargetPort);
    }

    [Fact]
    public void Deserialize_StrTaggedTargetPort_IsAString()
    {
        var route = Read<Route>("spec:\n  port:\n    targetPort: !!str 8080\n");

        Assert.Equal(IntOrString.FromString("8080"), route.Spec.Port!.TargetPort);
    }

    [Fact]
    public void Deserialize_HexTargetPort_IsTheNumber()
    {
        var route = Read<Route>("spec:\n  port:\n    targetPort: 0x1F90\n");

        Assert.Equal(IntOrString.FromInt(8080), route.Spec.Port!.TargetPort);
    }

    [Fact]
    public void Deserialize_UnquotedYesForAStringField_FailsAsAJsonTypeErrorWithoutPositions()
    {
        var error = Assert.Throws<FormatDecodeException>(() => Read<Route>("metadata:\n  labels:\n    enabled: yes\n"));

        Assert.StartsWith("json: ", error.Message, StringComparison.Ordinal);
        Assert.DoesNotContain("line", error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void Deserialize_UnquotedTimestampInAnAnnotation_StaysAString()
    {
        var route = Read<Route>("metadata:\n  annotations:\n    at: 2024-05-01T12:34:56Z\n");

        Assert.Equal("2024-05-01T12:34:56Z", route.Metadata.Annotations!["at"]);
    }

    [Fact]
    public void Deserialize_AnchorsAliasesAndMergeKeys_AreExpanded()
    {
        var route = Read<Route>("""
            spec:
              to: &backend {kind: Service, name: shop, weight: 50}
              alternateBackends:
              - *backend
              - <<: *backend
                name: shop-v2
            """);

        Assert.Equal("shop", route.Spec.AlternateBackends![0].Name);
        Assert.Equal(("Service", "shop-v2", 50), (route.Spec.AlternateBackends[1].Kind, route.Spec.AlternateBackends[1].Name, route.Spec.AlternateBackends[1].Weight));
    }

    [Fact]
    public void Deserialize_ExponentialAliases_AreRejected()
    {
        var yaml = new StringBuilder("a0: &a0 [x, x, x, x, x, x, x, x, x, x]\n");
        for (var i = 1; i < 10; i++)
        {
            yaml.Append($"a{i}: &a{i} [{string.Join(", ", Enumerable.Repeat($"*a{i - 1}", 10))}]\n");
        }

        var error = Assert.Throws<FormatDecodeException>(() => KubernetesYaml.ConvertToJson(Encoding.UTF8.GetBytes(yaml.ToString())));

        Assert.Contains("aliases", error.Message, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData("spec: {host: [unclosed\n", "yaml: line ")]
    [InlineData("a: b: c\n", "yaml: line 1, column 5")]
    [InlineData("- 1\n- 2\n", "not a sequence")]
    [InlineData("just text\n", "not a scalar")]
    [InlineData("", "no document")]
    [InlineData("# only a comment\n", "no document")]
    [InlineData("a: 1\n---\nb: 2\n", "more than one document")]
    [InlineData("a: *missing\n", "unknown anchor")]
    [InlineData("a: !!int abc\n", "cannot decode")]
    [InlineData("a: !custom x\n", "unsupported tag")]
    [InlineData("? [a]\n: b\n", "mapping key must be a scalar")]
    [InlineData("a: .nan\n", "unsupported value")]
    public void ConvertToJson_InvalidBody_ThrowsFormatDecodeException(string yaml, string expected)
    {
        var error = Assert.Throws<FormatDecodeException>(() => KubernetesYaml.ConvertToJson(Encoding.UTF8.GetBytes(yaml)));

        Assert.Contains(expected, error.Message, StringComparison.Ordinal);
    }

    [Fact]
    public void ConvertToJson_InvalidUtf8_ThrowsFormatDecodeException()
    {
        Assert.Throws<FormatDecodeException>(() => KubernetesYaml.ConvertToJson([(byte)'a', (byte)':', (byte)' ', 0xff]));
    }

    [Fact]
    public void ConvertToJson_DeepNesting_ThrowsFormatDecodeException()
    {
        var yaml = string.Concat(Enumerable.Repeat("[", 200)) + string.Concat(Enumerable.Repeat("]", 200));

        Assert.Throws<FormatDecodeException>(() => KubernetesYaml.ConvertToJson(Encoding.UTF8.GetBytes("a: " + yaml)));
    }

    [Fact]
    public void ConvertToJson_RepeatedKey_IsKeptForTheStrictCheck()
    {
        var json = KubernetesYaml.ConvertToJson("spec:\n  host: a.example.com\n  host: b.example.com\n"u8);

        var problems = StrictFieldChecker.Check<Route>(json);

        Assert.Equal(["duplicate field \"spec.host\""], problems);
        Assert.Equal("b.example.com", KubernetesJson.Deserialize<Route>(json).Spec.Host);
    }

    [Fact]
    public void ConvertToJson_UnknownField_IsReportedByTheStrictCheck()
    {
        var json = KubernetesYaml.ConvertToJson("spec:\n  hots: a.example.com\n"u8);

        Assert.Equal(["unknown field \"spec.hots\""], StrictFieldChecker.Check<Route>(json));
    }

    [Fact]
    public void ConvertToJson_ResolvedKeys_BecomeTheirText()
    {
        var json = Encoding.UTF8.GetString(KubernetesYaml.ConvertToJson("1: a\ntrue: b\n0x10: c\n"u8));

        Assert.Equal("{\"1\":\"a\",\"true\":\"b\",\"16\":\"c\"}", json);
    }

    [Fact]
    public void ToJsonNode_MergePatchWithNulls_KeepsTheNulls()
    {
        var patch = KubernetesYaml.ToJsonNode("metadata:\n  labels:\n    app: null\n    tier: ~\nspec:\n  host: new.example.com\n"u8);

        var labels = patch["metadata"]!["labels"]!.AsObject();

        Assert.True(labels.ContainsKey("app"));
        Assert.Null(labels["app"]);
        Assert.Null(labels["tier"]);
        Assert.Equal("new.example.com", patch["spec"]!["host"]!.GetValue<string>());
    }

    [Fact]
    public void ToJsonNode_RepeatedKey_KeepsTheLastValue()
    {
        var patch = KubernetesYaml.ToJsonNode("a: 1\na: 2\n"u8);

        Assert.True(JsonNode.DeepEquals(JsonNode.Parse("{\"a\":2}"), patch));
    }

    [Fact]
    public void Deserialize_DeleteOptions_ReadsTheOptions()
    {
        var options = Read<DeleteOptions>("apiVersion: meta.k8s.io/v1\nkind: DeleteOptions\npropagationPolicy: Foreground\ndryRun: [All]\npreconditions:\n  resourceVersion: \"5\"\n");

        Assert.Equal(("Foreground", "All", "5"), (options.PropagationPolicy, options.DryRun![0], options.Preconditions!.ResourceVersion));
    }

    [Fact]
    public void RoundTrip_Status_KeepsTheStatus()
    {
        var status = new Status { Result = "Failure", Message = "routes.route.openshift.io \"a\" not found", Reason = "NotFound", Details = new StatusDetails { Name = "a", Group = "route.openshift.io", Kind = "routes" }, Code = 404 };

        var decoded = KubernetesYaml.Deserialize<Status>(KubernetesYaml.SerializeToBytes(status));

        Assert.Equal(Json(status), Json(decoded));
    }

    private static T Read<T>(string yaml) => KubernetesYaml.Deserialize<T>(Encoding.UTF8.GetBytes(yaml));

    private static string Json<T>(T value) => Encoding.UTF8.GetString(KubernetesJson.SerializeToBytes(value));
}
