using System.Net;
using System.Text.Json.Nodes;

namespace RouteApi.Server.Tests.Endpoints;

/// <summary>Checks of Kubernetes Status error bodies.</summary>
internal static class StatusAssert
{
    /// <summary>
    /// Asserts a failure Status: the HTTP code, <c>kind: Status</c>, <c>apiVersion: v1</c>,
    /// <c>status: Failure</c>, <c>code</c> equal to the HTTP code and the reason. Returns the body.
    /// </summary>
    public static JsonObject Failure(ApiResponse response, HttpStatusCode code, string reason)
    {
        Assert.True(response.Code == code, $"expected {(int)code}, got {(int)response.Code}: {response.Body}");
        var json = response.Json;
        Assert.Equal("application/json", response.ContentType);
        Assert.Equal("Status", (string?)json["kind"]);
        Assert.Equal("v1", (string?)json["apiVersion"]);
        Assert.Equal("Failure", (string?)json["status"]);
        Assert.Equal((int)code, (int?)json["code"]);
        Assert.Equal(reason, (string?)json["reason"]);
        return json;
    }

    /// <summary>As <see cref="Failure(ApiResponse, HttpStatusCode, string)"/>, with the exact message.</summary>
    public static JsonObject Failure(ApiResponse response, HttpStatusCode code, string reason, string message)
    {
        var json = Failure(response, code, reason);
        Assert.Equal(message, (string?)json["message"]);
        return json;
    }

    /// <summary>
    /// Asserts any client error (4xx) carried as a failure Status whose <c>code</c> is the HTTP code:
    /// what bad input must produce, never a 5xx.
    /// </summary>
    public static JsonObject ClientError(ApiResponse response)
    {
        var code = (int)response.Code;
        Assert.True(code is >= 400 and < 500, $"expected a 4xx, got {code}: {response.Body}");
        var json = response.Json;
        Assert.Equal("Status", (string?)json["kind"]);
        Assert.Equal("v1", (string?)json["apiVersion"]);
        Assert.Equal("Failure", (string?)json["status"]);
        Assert.Equal(code, (int?)json["code"]);
        return json;
    }

    /// <summary>
    /// Asserts a 422 Invalid for a route with one field error: the message
    /// <c>&lt;Kind&gt; "&lt;name&gt;" is invalid: &lt;field&gt;: &lt;body&gt;</c>, and details
    /// <c>{name, group, kind: Route, causes: [{reason, message, field}]}</c> (an empty name is omitted, as Go omits it).
    /// </summary>
    public static void Invalid(ApiResponse response, string prefix, string name, string causeReason, string field, string body)
    {
        var json = Failure(response, HttpStatusCode.UnprocessableEntity, "Invalid", $"{ApiPrefixes.KindOf(prefix)} \"{name}\" is invalid: {field}: {body}");
        var details = json["details"]!.AsObject();
        Assert.Equal(name.Length == 0 ? null : name, (string?)details["name"]);
        Assert.Equal(GroupOf(prefix), (string?)details["group"]);
        Assert.Equal("Route", (string?)details["kind"]);
        var cause = Assert.Single(details["causes"]!.AsArray())!;
        Assert.Equal(causeReason, (string?)cause["reason"]);
        Assert.Equal(body, (string?)cause["message"]);
        Assert.Equal(field, (string?)cause["field"]);
    }

    /// <summary>Asserts <c>details</c> of NotFound, AlreadyExists and Conflict: name, group (absent on the legacy path), kind <c>routes</c>.</summary>
    public static void ResourceDetails(JsonObject status, string prefix, string name)
    {
        var details = status["details"]!.AsObject();
        Assert.Equal(name, (string?)details["name"]);
        Assert.Equal(GroupOf(prefix), (string?)details["group"]);
        Assert.Equal(prefix == ApiPrefixes.Group, details.ContainsKey("group"));
        Assert.Equal("routes", (string?)details["kind"]);
    }

    /// <summary>The group written in Status details: <c>route.openshift.io</c>, or none on the legacy path.</summary>
    public static string? GroupOf(string prefix) => prefix == ApiPrefixes.Group ? "route.openshift.io" : null;
}
