using System.Net;
using k8s;
using k8s.Autorest;
using k8s.Models;
using RouteApi.Server.Tests.Kubectl;

namespace RouteApi.Server.Tests.Clients;

/// <summary>
/// The official Kubernetes C# client (KubernetesClient) against the real server over HTTPS,
/// configured from the admin kubeconfig the server generated (its CA, its admin token): the
/// generic client creates, reads, lists, replaces, patches, deletes and watches routes.
/// </summary>
public sealed class KubernetesClientTests(KubectlServerFixture fixture) : IClassFixture<KubectlServerFixture>, IDisposable
{
    private readonly GenericClient _routes = new(
        new Kubernetes(KubernetesClientConfiguration.BuildConfigFromConfigFile(fixture.AdminKubeconfigPath)),
        "route.openshift.io",
        "v1",
        "routes");

    [Fact]
    public async Task CreateNamespaced_ThenReadNamespaced_ReturnsStoredRoute()
    {
        var ns = ApiPrefixes.NewNamespace();

        var created = await _routes.CreateNamespacedAsync(NewRoute("web"), ns, TestContext.Current.CancellationToken);
        var read = await _routes.ReadNamespacedAsync<RouteResource>(ns, "web", TestContext.Current.CancellationToken);

        Assert.False(string.IsNullOrEmpty(created.Metadata.Uid));
        Assert.Equal(created.Metadata.Uid, read.Metadata.Uid);
        Assert.Equal(created.Metadata.ResourceVersion, read.Metadata.ResourceVersion);
        Assert.Equal("web.example.com", read.Spec.Host);
        Assert.Equal("web", read.Spec.To.Name);
    }

    [Fact]
    public async Task ListNamespaced_WithLabelSelector_ReturnsMatchingRoutesOfNamespace()
    {
        var ns = ApiPrefixes.NewNamespace();
        var labeled = NewRoute("api");
        labeled.Metadata.Labels = new Dictionary<string, string> { ["tier"] = "api" };
        await _routes.CreateNamespacedAsync(labeled, ns, TestContext.Current.CancellationToken);
        await _routes.CreateNamespacedAsync(NewRoute("web"), ns, TestContext.Current.CancellationToken);
        await _routes.CreateNamespacedAsync(NewRoute("web"), ApiPrefixes.NewNamespace(), TestContext.Current.CancellationToken);

        var all = await _routes.ListNamespacedAsync<RouteResourceList>(ns, cancel: TestContext.Current.CancellationToken);
        var selected = await _routes.ListNamespacedAsync<RouteResourceList>(ns, labelSelector: "tier=api", cancel: TestContext.Current.CancellationToken);

        Assert.Equal(["api", "web"], all.Items.Select(r => r.Metadata.Name).Order());
        Assert.Equal("RouteList", all.Kind);
        Assert.False(string.IsNullOrEmpty(all.Metadata.ResourceVersion));
        Assert.Equal(["api"], selected.Items.Select(r => r.Metadata.Name));
    }

    [Fact]
    public async Task ReplaceNamespaced_WithChangedSpec_StoresItUnderNewResourceVersion()
    {
        var ns = ApiPrefixes.NewNamespace();
        var route = await _routes.CreateNamespacedAsync(NewRoute("web"), ns, TestContext.Current.CancellationToken);
        route.Spec.To.Name = "web-v2";

        var replaced = await _routes.ReplaceNamespacedAsync(route, ns, "web", TestContext.Current.CancellationToken);

        Assert.Equal("web-v2", replaced.Spec.To.Name);
        Assert.NotEqual(route.Metadata.ResourceVersion, replaced.Metadata.ResourceVersion);
        Assert.Equal("web-v2", (await _routes.ReadNamespacedAsync<RouteResource>(ns, "web", TestContext.Current.CancellationToken)).Spec.To.Name);
    }

    [Fact]
    public async Task ReplaceNamespaced_WithStaleResourceVersion_Throws409()
    {
        var ns = ApiPrefixes.NewNamespace();
        var stale = await _routes.CreateNamespacedAsync(NewRoute("web"), ns, TestContext.Current.CancellationToken);
        var current = await _routes.ReadNamespacedAsync<RouteResource>(ns, "web", TestContext.Current.CancellationToken);
        current.Spec.Path = "/first";
        await _routes.ReplaceNamespacedAsync(current, ns, "web", TestContext.Current.CancellationToken);
        stale.Spec.Path = "/second";

        var error = await Assert.ThrowsAsync<HttpOperationException>(() => _routes.ReplaceNamespacedAsync(stale, ns, "web", TestContext.Current.CancellationToken));

        Assert.Equal(HttpStatusCode.Conflict, error.Response.StatusCode);
    }

    [Fact]
    public async Task PatchNamespaced_WithMergePatch_ChangesOnlyThatField()
    {
        var ns = ApiPrefixes.NewNamespace();
        await _routes.CreateNamespacedAsync(NewRoute("web"), ns, TestContext.Current.CancellationToken);

        var patched = await _routes.PatchNamespacedAsync<RouteResource>(
            new V1Patch("""{"spec":{"path":"/patched"}}""", V1Patch.PatchType.MergePatch), ns, "web", TestContext.Current.CancellationToken);

        Assert.Equal("/patched", patched.Spec.Path);
        Assert.Equal("web.example.com", patched.Spec.Host);
    }

    [Fact]
    public async Task DeleteNamespaced_ThenRead_Throws404()
    {
        var ns = ApiPrefixes.NewNamespace();
        await _routes.CreateNamespacedAsync(NewRoute("web"), ns, TestContext.Current.CancellationToken);

        await _routes.DeleteNamespacedAsync<RouteResource>(ns, "web", TestContext.Current.CancellationToken);

        var error = await Assert.ThrowsAsync<HttpOperationException>(() => _routes.ReadNamespacedAsync<RouteResource>(ns, "web", TestContext.Current.CancellationToken));
        Assert.Equal(HttpStatusCode.NotFound, error.Response.StatusCode);
    }

    [Fact]
    public async Task WatchNamespaced_SeesAddedModifiedAndDeletedInOrder()
    {
        var ns = ApiPrefixes.NewNamespace();
        using var limit = CancellationTokenSource.CreateLinkedTokenSource(TestContext.Current.CancellationToken);
        limit.CancelAfter(TimeSpan.FromSeconds(30));
        await using var events = _routes.WatchNamespacedAsync<RouteResource>(ns, onError: null, cancel: limit.Token).GetAsyncEnumerator(limit.Token);
        var first = events.MoveNextAsync();

        var created = await _routes.CreateNamespacedAsync(NewRoute("web"), ns, TestContext.Current.CancellationToken);
        Assert.True(await first);
        created.Spec.Path = "/watched";
        await _routes.ReplaceNamespacedAsync(created, ns, "web", TestContext.Current.CancellationToken);
        var added = events.Current;
        Assert.True(await events.MoveNextAsync());
        var modified = events.Current;
        await _routes.DeleteNamespacedAsync<RouteResource>(ns, "web", TestContext.Current.CancellationToken);
        Assert.True(await events.MoveNextAsync());
        var deleted = events.Current;

        Assert.Equal((WatchEventType.Added, "web", (string?)null), (added.Item1, added.Item2.Metadata.Name, added.Item2.Spec.Path));
        Assert.Equal((WatchEventType.Modified, "/watched"), (modified.Item1, modified.Item2.Spec.Path));
        Assert.Equal((WatchEventType.Deleted, "web"), (deleted.Item1, deleted.Item2.Metadata.Name));
        Assert.Equal(created.Metadata.Uid, deleted.Item2.Metadata.Uid);
    }

    public void Dispose() => _routes.Dispose();

    private static RouteResource NewRoute(string name) => new()
    {
        Metadata = new V1ObjectMeta { Name = name },
        Spec = new RouteResourceSpec { Host = name + ".example.com", To = new RouteResourceTarget { Name = name } },
    };
}
