using System.Text;
using RouteApi.Core.Model;

namespace RouteApi.Formats.Json.Tests;

public sealed class StrictFieldCheckerTests
{
    // /work/shared/examples/route-edge.yaml as JSON (PEM bodies shortened).
    private const string EdgeRoute = """
        {
          "apiVersion": "route.openshift.io/v1",
          "kind": "Route",
          "metadata": { "name": "www-edge", "namespace": "demo" },
          "spec": {
            "host": "www.example.com",
            "to": { "kind": "Service", "name": "frontend" },
            "tls": {
              "termination": "edge",
              "insecureEdgeTerminationPolicy": "Redirect",
              "certificate": "-----BEGIN CERTIFICATE-----\nMIIDJDCCAgygAwIBAgIU\n-----END CERTIFICATE-----\n",
              "key": "-----BEGIN PRIVATE KEY-----\nMIIEugIBADANBgkqhkiG\n-----END PRIVATE KEY-----\n",
              "caCertificate": "-----BEGIN CERTIFICATE-----\nMIIDHTCCAgWgAwIBAgIU\n-----END CERTIFICATE-----\n"
            }
          }
        }
        """;

    [Fact]
    public void Check_EdgeRouteExample_ReportsNothing()
    {
        var problems = Check<Route>(EdgeRoute);

        Assert.Empty(problems);
    }

    [Fact]
    public void Check_RouteWithEveryFieldSet_ReportsNothing()
    {
        var json = KubernetesJson.SerializeToBytes(RouteSamples.Full());

        var problems = StrictFieldChecker.Check<Route>(json);

        Assert.Empty(problems);
    }

    [Fact]
    public void Check_RouteListWithEveryFieldSet_ReportsNothing()
    {
        var list = new RouteList
        {
            Kind = "RouteList",
            ApiVersion = "route.openshift.io/v1",
            Metadata = new ListMeta { ResourceVersion = "5", Continue = "c", RemainingItemCount = 3, SelfLink = "/x" },
            Items = [RouteSamples.Full(), RouteSamples.Full()],
        };

        var problems = StrictFieldChecker.Check<RouteList>(KubernetesJson.SerializeToBytes(list));

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("""{"foo":1}""", "foo")]
    [InlineData("""{"metadata":{"nmae":"x"}}""", "metadata.nmae")]
    [InlineData("""{"spec":{"to":{"kind":"Service","nmae":"x"}}}""", "spec.to.nmae")]
    [InlineData("""{"spec":{"tls":{"termination":"edge","foo":true}}}""", "spec.tls.foo")]
    [InlineData("""{"spec":{"alternateBackends":[{"name":"a"},{"name":"b","x":1}]}}""", "spec.alternateBackends[1].x")]
    [InlineData("""{"status":{"ingress":[{"conditions":[{"type":"Admitted","status":"True","bogus":"y"}]}]}}""", "status.ingress[0].conditions[0].bogus")]
    [InlineData("""{"metadata":{"ownerReferences":[{"name":"o","owner":true}]}}""", "metadata.ownerReferences[0].owner")]
    [InlineData("""{"metadata":{"managedFields":[{"manager":"m","fieldsV2":{}}]}}""", "metadata.managedFields[0].fieldsV2")]
    [InlineData("""{"spec":{"httpHeaders":{"actions":{"response":[{"name":"X","action":{"type":"Set","set":{"value":"v","extra":1}}}]}}}}""", "spec.httpHeaders.actions.response[0].action.set.extra")]
    [InlineData("""{"spec":{"port":{"targetPort":80,"protocol":"TCP"}}}""", "spec.port.protocol")]
    public void Check_UnknownField_ReportsItsJsonPath(string json, string path)
    {
        var problems = Check<Route>(json);

        Assert.Equal(["unknown field \"" + path + "\""], problems);
    }

    [Fact]
    public void Check_UnknownFieldInListItem_ReportsIndexedPath()
    {
        var problems = Check<RouteList>("""{"items":[{},{"spec":{"hots":"a"}}]}""");

        Assert.Equal(["unknown field \"items[1].spec.hots\""], problems);
    }

    [Fact]
    public void Check_UnknownFieldHoldingAnObject_IsNotLookedInto()
    {
        var problems = Check<Route>("""{"spec":{"extra":{"a":1,"a":2,"b":{"c":[]}}}}""");

        Assert.Equal(["unknown field \"spec.extra\""], problems);
    }

    [Fact]
    public void Check_DuplicateTopLevelField_ReportsItsName()
    {
        var problems = Check<Route>("""{"kind":"Route","apiVersion":"v1","kind":"Route"}""");

        Assert.Equal(["duplicate field \"kind\""], problems);
    }

    [Fact]
    public void Check_DuplicateNestedField_ReportsItsPath()
    {
        var problems = Check<Route>("""{"spec":{"host":"a.example.com","to":{"name":"s"},"host":"b.example.com"}}""");

        Assert.Equal(["duplicate field \"spec.host\""], problems);
    }

    [Fact]
    public void Check_DuplicateLabelKey_ReportsMapKeyPath()
    {
        var problems = Check<Route>("""{"metadata":{"labels":{"app":"a","tier":"web","app":"b"}}}""");

        Assert.Equal(["duplicate field \"metadata.labels.app\""], problems);
    }

    [Fact]
    public void Check_DuplicateAnnotationKeyWithDots_KeepsKeyAsIs()
    {
        var problems = Check<Route>("""{"metadata":{"annotations":{"openshift.io/host.generated":"true","openshift.io/host.generated":"false"}}}""");

        Assert.Equal(["duplicate field \"metadata.annotations.openshift.io/host.generated\""], problems);
    }

    [Fact]
    public void Check_DuplicateFieldInListItem_ReportsIndexedPath()
    {
        var problems = Check<Route>("""{"spec":{"alternateBackends":[{"name":"a"},{"name":"b","weight":1,"weight":2}]}}""");

        Assert.Equal(["duplicate field \"spec.alternateBackends[1].weight\""], problems);
    }

    [Fact]
    public void Check_UnknownAndDuplicate_ReportsInDocumentOrder()
    {
        var problems = Check<Route>("""{"spec":{"foo":1,"host":"a","host":"b"},"bar":2}""");

        Assert.Equal(["unknown field \"spec.foo\"", "duplicate field \"spec.host\"", "unknown field \"bar\""], problems);
    }

    [Fact]
    public void Check_DuplicateObject_ReportsDuplicateBeforeItsContentAndNoRepeats()
    {
        var problems = Check<Route>("""{"spec":{"tls":{"x":1},"tls":{"x":1,"y":2}}}""");

        Assert.Equal(["unknown field \"spec.tls.x\"", "duplicate field \"spec.tls\"", "unknown field \"spec.tls.y\""], problems);
    }

    [Fact]
    public void Check_RepeatedUnknownField_IsReportedOnce()
    {
        var problems = Check<Route>("""{"foo":1,"foo":2}""");

        Assert.Equal(["unknown field \"foo\""], problems);
    }

    [Fact]
    public void Check_MoreThanMaxProblems_KeepsTheFirstHundred()
    {
        var json = "{" + string.Join(",", Enumerable.Range(0, 150).Select(i => $"\"f{i}\":{i}")) + "}";

        var problems = Check<Route>(json);

        Assert.Equal(StrictFieldChecker.MaxProblems, problems.Count);
        Assert.Equal("unknown field \"f99\"", problems[^1]);
    }

    [Theory]
    [InlineData("""{"Spec":{}}""", "Spec")]
    [InlineData("""{"metadata":{"Name":"x"}}""", "metadata.Name")]
    [InlineData("""{"spec":{"TLS":{}}}""", "spec.TLS")]
    public void Check_CaseMismatchedField_IsUnknown(string json, string path)
    {
        var problems = Check<Route>(json);

        Assert.Equal(["unknown field \"" + path + "\""], problems);
    }

    [Fact]
    public void Deserialize_CaseMismatchedField_IsDroppedLikeUnknownFields()
    {
        var route = KubernetesJson.Deserialize<Route>("""{"spec":{"Host":"a.example.com","Path":"/x"}}"""u8);

        Assert.False(KubernetesJson.Options.PropertyNameCaseInsensitive);
        Assert.Null(route.Spec.Host);
        Assert.Null(route.Spec.Path);
    }

    [Fact]
    public void Check_FieldsV1_IsFreeForm()
    {
        var json = """
            {"metadata":{"managedFields":[{"manager":"kubectl","operation":"Update","apiVersion":"route.openshift.io/v1",
              "time":"2024-05-01T12:34:56Z","fieldsType":"FieldsV1",
              "fieldsV1":{"f:metadata":{"f:labels":{".":{},"f:app":{}}},"f:spec":{"f:host":{},"f:host":{},"k:{\"a\":1}":[1,"x",null]}}}]}}
            """;

        var problems = Check<Route>(json);

        Assert.Empty(problems);
    }

    [Theory]
    [InlineData("8080")]
    [InlineData("\"http\"")]
    public void Check_TargetPortIntOrString_ReportsNothing(string targetPort)
    {
        var problems = Check<Route>("{\"spec\":{\"port\":{\"targetPort\":" + targetPort + "}}}");

        Assert.Empty(problems);
    }

    [Fact]
    public void Check_NullsAndWrongJsonTypes_AreLeftToTheDecoder()
    {
        var problems = Check<Route>("""{"metadata":null,"spec":{"tls":null,"alternateBackends":{"x":1},"to":[{"y":1}]},"status":"z"}""");

        Assert.Empty(problems);
    }

    [Fact]
    public void Check_ValidDeleteOptions_ReportsNothing()
    {
        var json = """{"kind":"DeleteOptions","apiVersion":"v1","gracePeriodSeconds":0,"preconditions":{"uid":"u","resourceVersion":"7"},"propagationPolicy":"Background","dryRun":["All"]}""";

        var problems = Check<DeleteOptions>(json);

        Assert.Empty(problems);
    }

    [Fact]
    public void Check_DeleteOptionsWithUnknownFields_ReportsThem()
    {
        var problems = Check<DeleteOptions>("""{"preconditions":{"uid":"u","generation":1},"force":true}""");

        Assert.Equal(["unknown field \"preconditions.generation\"", "unknown field \"force\""], problems);
    }

    [Fact]
    public void Check_EscapedKey_IsMatchedUnescaped()
    {
        var problems = Check<Route>("""{"sp\u0065c":{"host":"a"},"spec":{}}""");

        Assert.Equal(["duplicate field \"spec\""], problems);
    }

    [Fact]
    public void Check_KeyWithQuoteAndControlCharacter_IsGoQuoted()
    {
        var problems = Check<Route>("""{"spec":{"a\"b\u0001\u00e9":1}}""");

        Assert.Equal(["unknown field \"spec.a\\\"b\\x01é\""], problems);
    }

    [Fact]
    public void Check_BodySplitAcrossBuffers_MatchesContiguousBody()
    {
        var bytes = Encoding.UTF8.GetBytes("""{"spec":{"host":"a","verylongunknownfieldname":1,"host":"b"}}""");

        var problems = StrictFieldChecker.Check<Route>(ChunkedSequence.Create(bytes, 5));

        Assert.Equal(["unknown field \"spec.verylongunknownfieldname\"", "duplicate field \"spec.host\""], problems);
    }

    [Theory]
    [InlineData("")]
    [InlineData("   ")]
    [InlineData("{")]
    [InlineData("{\"spec\":}")]
    [InlineData("{} x")]
    [InlineData("{\"a\":1,}")]
    public void Check_MalformedJson_ThrowsFormatDecodeException(string json)
    {
        Assert.Throws<FormatDecodeException>(() => Check<Route>(json));
    }

    [Fact]
    public void Check_InvalidUtf8Key_ThrowsFormatDecodeException()
    {
        byte[] json = [.. "{\"spec\":{\""u8, 0xC3, 0x28, .. "\":1}}"u8];

        Assert.Throws<FormatDecodeException>(() => StrictFieldChecker.Check<Route>(json));
    }

    [Fact]
    public void Check_NestingWithinMaxDepth_IsAccepted()
    {
        var depth = KubernetesJson.MaxDepth - 4;
        var json = "{\"metadata\":{\"managedFields\":[{\"fieldsV1\":" + new string('[', depth) + new string(']', depth) + "}]}}";

        var problems = Check<Route>(json);

        Assert.Empty(problems);
    }

    [Fact]
    public void FormatStrictDecodingError_JoinsProblemsAsApimachineryDoes()
    {
        var problems = Check<Route>("""{"spec":{"foo":1,"host":"a","host":"b"}}""");

        var message = StrictFieldChecker.FormatStrictDecodingError(problems);

        Assert.Equal("strict decoding error: unknown field \"spec.foo\", duplicate field \"spec.host\"", message);
    }

    private static IReadOnlyList<string> Check<T>(string json) => StrictFieldChecker.Check<T>(Encoding.UTF8.GetBytes(json));
}
