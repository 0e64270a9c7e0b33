using System.Globalization;
using System.Net;
using System.Text;
using System.Text.Json.Nodes;

namespace RouteApi.Server.Tests.Process;

/// <summary>
/// Writes routes over HTTP as a client of a replicated API server should: a 503 or 504 means the
/// outcome is unknown, so the request is sent again; a create retried after such an answer that
/// finds the route already there (409 AlreadyExists) was committed by an earlier attempt.
/// </summary>
internal sealed class RetryingClient(HttpClient http, string @namespace)
{
    /// <summary>The pause between attempts: a client's retry backoff, not a wait for an event.</summary>
    private static readonly TimeSpan Backoff = TimeSpan.FromMilliseconds(100);

    public string Collection => $"/apis/route.openshift.io/v1/namespaces/{@namespace}/routes";

    /// <summary>Creates route <paramref name="name"/>, retrying until it exists; returns its resourceVersion.</summary>
    public async Task<long> CreateAsync(string name, CancellationToken cancellationToken)
    {
        var body = "{\"metadata\":{\"name\":\"" + name + "\"},\"spec\":{\"to\":{\"name\":\"svc\"}}}";
        for (var retried = false; ; retried = true)
        {
            using var content = new StringContent(body, Encoding.UTF8, "application/json");
            var (code, json) = await SendAsync(() => http.PostAsync(Collection, content, cancellationToken), cancellationToken);
            if (code == HttpStatusCode.Created)
            {
                return ResourceVersion(json);
            }

            if (code == HttpStatusCode.Conflict && retried && (string?)json["reason"] == "AlreadyExists")
            {
                return ResourceVersion(await GetAsync(name, cancellationToken));
            }

            if (!IsUnavailable(code))
            {
                Assert.Fail($"create {name} answered {(int)code}: {json.ToJsonString()}");
            }

            await Task.Delay(Backoff, cancellationToken);
        }
    }

    /// <summary>Reads route <paramref name="name"/>, retrying 503 and 504.</summary>
    public async Task<JsonObject> GetAsync(string name, CancellationToken cancellationToken)
    {
        while (true)
        {
            var (code, json) = await SendAsync(() => http.GetAsync($"{Collection}/{name}", cancellationToken), cancellationToken);
            if (code == HttpStatusCode.OK)
            {
                return json;
            }

            Assert.True(IsUnavailable(code), $"get {name} answered {(int)code}: {json.ToJsonString()}");
            await Task.Delay(Backoff, cancellationToken);
        }
    }

    /// <summary>Asks <c>/readyz</c> until it answers 200.</summary>
    public async Task WaitUntilReadyAsync(CancellationToken cancellationToken)
    {
        while (true)
        {
            using var response = await http.GetAsync("/readyz", cancellationToken);
            if (response.StatusCode == HttpStatusCode.OK)
            {
                return;
            }

            // kube-apiserver's answer while a readiness check fails.
            Assert.Equal(HttpStatusCode.InternalServerError, response.StatusCode);
            await Task.Delay(Backoff, cancellationToken);
        }
    }

    public static bool IsUnavailable(HttpStatusCode code) => code is HttpStatusCode.ServiceUnavailable or HttpStatusCode.GatewayTimeout;

    private static long ResourceVersion(JsonObject route) =>
        long.Parse((string)route["metadata"]!["resourceVersion"]!, CultureInfo.InvariantCulture);

    private static async Task<(HttpStatusCode Code, JsonObject Json)> SendAsync(Func<Task<HttpResponseMessage>> send, CancellationToken cancellationToken)
    {
        using var response = await send();
        var text = await response.Content.ReadAsStringAsync(cancellationToken);
        return (response.StatusCode, JsonNode.Parse(text)!.AsObject());
    }
}
