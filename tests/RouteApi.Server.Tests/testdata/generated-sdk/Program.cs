using System.Net.Http.Headers;
using System.Security.Cryptography.X509Certificates;
using Microsoft.Kiota.Abstractions;
using Microsoft.Kiota.Abstractions.Authentication;
using Microsoft.Kiota.Abstractions.Serialization;
using Microsoft.Kiota.Http.HttpClientLibrary;
using RouteApi.Generated;
using RouteApi.Generated.Models.Com.Github.Openshift.Api.Route.V1;
using RouteApi.Generated.Models.Io.K8s.Apimachinery.Pkg.Apis.Meta.V1;

// Usage: RouteSdkSmoke SERVER_URL CA_FILE TOKEN_FILE NAMESPACE
// Drives one route through create, get, list, update and delete with the generated client and
// prints what the server answered, one line per step, for the test to check.
var (server, caFile, tokenFile, ns) = (args[0], args[1], args[2], args[3]);

using var ca = X509Certificate2.CreateFromPem(File.ReadAllText(caFile));
var handler = new SocketsHttpHandler();
handler.SslOptions.CertificateChainPolicy = new X509ChainPolicy { TrustMode = X509ChainTrustMode.CustomRootTrust, RevocationMode = X509RevocationMode.NoCheck };
handler.SslOptions.CertificateChainPolicy.CustomTrustStore.Add(ca);
using var http = new HttpClient(handler);
http.DefaultRequestHeaders.Authorization = new AuthenticationHeaderValue("Bearer", File.ReadAllText(tokenFile).Trim());
var adapter = new HttpClientRequestAdapter(new AnonymousAuthenticationProvider(), httpClient: http) { BaseUrl = server };
var routes = new RouteApiClient(adapter).Apis.RouteOpenshiftIo.V1.Namespaces[ns].Routes;

var created = await routes.PostAsync(new Route
{
    ApiVersion = "route.openshift.io/v1",
    Kind = "Route",
    Metadata = new ObjectMeta { Name = "sdk" },
    Spec = new RouteSpec
    {
        Host = "sdk.example.com",
        To = new RouteTargetReference { Kind = "Service", Name = "web", Weight = 100 },
        Port = new RoutePort { TargetPort = new UntypedString("http") },
    },
});
Console.WriteLine($"created {created!.Metadata!.Name} uid={created.Metadata.Uid} rv={created.Metadata.ResourceVersion}");

var read = await routes["sdk"].GetAsync();
Console.WriteLine($"got {read!.Metadata!.Name} host={read.Spec!.Host} to={read.Spec.To!.Name} targetPort={(read.Spec.Port!.TargetPort as UntypedString)?.GetValue()}");

var list = await routes.GetAsync();
Console.WriteLine($"listed {string.Join(",", list!.Items!.Select(r => r.Metadata!.Name))}");

read.Spec.To.Name = "web-v2";
var updated = await routes["sdk"].PutAsync(read);
Console.WriteLine($"updated to={updated!.Spec!.To!.Name} rv={updated.Metadata!.ResourceVersion}");

await routes["sdk"].DeleteAsync(new DeleteOptions());
try
{
    await routes["sdk"].GetAsync();
    Console.WriteLine("still there after delete");
}
catch (ApiException e)
{
    Console.WriteLine($"deleted: get answers {e.ResponseStatusCode}");
}
