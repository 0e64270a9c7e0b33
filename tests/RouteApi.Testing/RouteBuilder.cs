using RouteApi.Core.Model;

namespace RouteApi.Testing;

/// <summary>
/// Builds <see cref="Route"/> test data. <see cref="Valid"/> starts from a route that passes create
/// validation as it is (already defaulted); each <c>With…</c> call changes one thing and returns the
/// builder, and <see cref="Build"/> returns the immutable route.
/// </summary>
public sealed class RouteBuilder
{
    /// <summary>The creation time <see cref="AsStored"/> uses.</summary>
    public static readonly DateTimeOffset StoredCreationTimestamp = new(2024, 5, 1, 12, 34, 56, TimeSpan.Zero);

    private Route _route;

    private RouteBuilder(Route route) => _route = route;

    /// <summary>
    /// A valid, defaulted route: kind Route, apiVersion route.openshift.io/v1, the given name and
    /// namespace, <c>spec.to</c> = Service <c>svc</c> weight 100 and wildcardPolicy None; no host.
    /// </summary>
    public static RouteBuilder Valid(string name = "route", string ns = "ns") => new(new Route
    {
        Kind = RouteApiNames.Kind,
        ApiVersion = RouteApiNames.GroupVersion,
        Metadata = new ObjectMeta { Name = name, Namespace = ns },
        Spec = new RouteSpec
        {
            To = new RouteTargetReference { Kind = "Service", Name = "svc", Weight = 100 },
            WildcardPolicy = "None",
        },
    });

    /// <summary>Starts from an existing route, for example a stored one to derive an update from.</summary>
    public static RouteBuilder From(Route route) => new(route);

    /// <summary>Marks the route as stored: uid, resourceVersion, a fixed creationTimestamp and generation 1.</summary>
    public RouteBuilder AsStored(string resourceVersion = "1", string uid = "3c3b4a4e-1a55-4bd1-9e5b-5d2b1f0a7c11") =>
        WithMetadata(m => m with
        {
            Uid = uid,
            ResourceVersion = resourceVersion,
            CreationTimestamp = StoredCreationTimestamp,
            Generation = 1,
        });

    /// <summary>Sets <c>metadata.name</c>.</summary>
    public RouteBuilder WithName(string? name) => WithMetadata(m => m with { Name = name });

    /// <summary>Sets <c>metadata.namespace</c>.</summary>
    public RouteBuilder WithNamespace(string? ns) => WithMetadata(m => m with { Namespace = ns });

    /// <summary>Sets <c>metadata.generateName</c>.</summary>
    public RouteBuilder WithGenerateName(string? prefix) => WithMetadata(m => m with { GenerateName = prefix });

    /// <summary>Sets <c>metadata.uid</c>.</summary>
    public RouteBuilder WithUid(string? uid) => WithMetadata(m => m with { Uid = uid });

    /// <summary>Sets <c>metadata.resourceVersion</c>.</summary>
    public RouteBuilder WithResourceVersion(string? resourceVersion) => WithMetadata(m => m with { ResourceVersion = resourceVersion });

    /// <summary>Sets <c>metadata.generation</c>.</summary>
    public RouteBuilder WithGeneration(long generation) => WithMetadata(m => m with { Generation = generation });

    /// <summary>Sets <c>metadata.creationTimestamp</c>.</summary>
    public RouteBuilder WithCreationTimestamp(DateTimeOffset? timestamp) => WithMetadata(m => m with { CreationTimestamp = timestamp });

    /// <summary>Sets <c>metadata.deletionTimestamp</c>.</summary>
    public RouteBuilder WithDeletionTimestamp(DateTimeOffset? timestamp) => WithMetadata(m => m with { DeletionTimestamp = timestamp });

    /// <summary>Sets <c>metadata.deletionGracePeriodSeconds</c>.</summary>
    public RouteBuilder WithDeletionGracePeriodSeconds(long? seconds) => WithMetadata(m => m with { DeletionGracePeriodSeconds = seconds });

    /// <summary>Adds or replaces one label.</summary>
    public RouteBuilder WithLabel(string key, string value) =>
        WithMetadata(m => m with { Labels = With(m.Labels, key, value) });

    /// <summary>Adds or replaces one annotation.</summary>
    public RouteBuilder WithAnnotation(string key, string value) =>
        WithMetadata(m => m with { Annotations = With(m.Annotations, key, value) });

    /// <summary>Replaces <c>metadata.finalizers</c>.</summary>
    public RouteBuilder WithFinalizers(params string[] finalizers) => WithMetadata(m => m with { Finalizers = finalizers });

    /// <summary>Appends an owner reference.</summary>
    public RouteBuilder WithOwnerReference(OwnerReference reference) =>
        WithMetadata(m => m with { OwnerReferences = [.. m.OwnerReferences ?? [], reference] });

    /// <summary>Appends a managedFields entry.</summary>
    public RouteBuilder WithManagedField(ManagedFieldsEntry entry) =>
        WithMetadata(m => m with { ManagedFields = [.. m.ManagedFields ?? [], entry] });

    /// <summary>Changes the metadata with <paramref name="change"/>.</summary>
    public RouteBuilder WithMetadata(Func<ObjectMeta, ObjectMeta> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        _route = _route with { Metadata = change(_route.Metadata) };
        return this;
    }

    /// <summary>Sets <c>spec.host</c>.</summary>
    public RouteBuilder WithHost(string? host) => WithSpec(s => s with { Host = host });

    /// <summary>Sets <c>spec.subdomain</c>.</summary>
    public RouteBuilder WithSubdomain(string? subdomain) => WithSpec(s => s with { Subdomain = subdomain });

    /// <summary>Sets <c>spec.path</c>.</summary>
    public RouteBuilder WithPath(string? path) => WithSpec(s => s with { Path = path });

    /// <summary>Sets <c>spec.wildcardPolicy</c>.</summary>
    public RouteBuilder WithWildcardPolicy(string? policy) => WithSpec(s => s with { WildcardPolicy = policy });

    /// <summary>Sets <c>spec.to</c>.</summary>
    public RouteBuilder WithTo(string name, string kind = "Service", int? weight = 100) =>
        WithSpec(s => s with { To = new RouteTargetReference { Kind = kind, Name = name, Weight = weight } });

    /// <summary>Appends an alternate backend.</summary>
    public RouteBuilder WithAlternateBackend(string name, string kind = "Service", int? weight = 100) =>
        WithSpec(s => s with
        {
            AlternateBackends = [.. s.AlternateBackends ?? [], new RouteTargetReference { Kind = kind, Name = name, Weight = weight }],
        });

    /// <summary>Sets <c>spec.port.targetPort</c> to a number.</summary>
    public RouteBuilder WithPort(int targetPort) => WithPort(IntOrString.FromInt(targetPort));

    /// <summary>Sets <c>spec.port.targetPort</c> to a port name.</summary>
    public RouteBuilder WithPort(string targetPort) => WithPort(IntOrString.FromString(targetPort));

    /// <summary>Sets <c>spec.port</c>.</summary>
    public RouteBuilder WithPort(IntOrString targetPort) => WithSpec(s => s with { Port = new RoutePort { TargetPort = targetPort } });

    /// <summary>Sets <c>spec.tls</c> with the given termination, then applies <paramref name="configure"/>.</summary>
    public RouteBuilder WithTls(string termination, Func<TlsConfig, TlsConfig>? configure = null)
    {
        var tls = new TlsConfig { Termination = termination };
        return WithTls(configure is null ? tls : configure(tls));
    }

    /// <summary>Sets or clears <c>spec.tls</c>.</summary>
    public RouteBuilder WithTls(TlsConfig? tls) => WithSpec(s => s with { Tls = tls });

    /// <summary>Appends a response header action (see <see cref="TestHeaders"/>).</summary>
    public RouteBuilder WithResponseHeader(RouteHttpHeader header) =>
        WithHeaderActions(a => a with { Response = [.. a.Response ?? [], header] });

    /// <summary>Appends a request header action (see <see cref="TestHeaders"/>).</summary>
    public RouteBuilder WithRequestHeader(RouteHttpHeader header) =>
        WithHeaderActions(a => a with { Request = [.. a.Request ?? [], header] });

    /// <summary>Sets or clears <c>spec.httpHeaders</c>.</summary>
    public RouteBuilder WithHttpHeaders(RouteHttpHeaders? headers) => WithSpec(s => s with { HttpHeaders = headers });

    /// <summary>Changes the spec with <paramref name="change"/>.</summary>
    public RouteBuilder WithSpec(Func<RouteSpec, RouteSpec> change)
    {
        ArgumentNullException.ThrowIfNull(change);
        _route = _route with { Spec = change(_route.Spec) };
        return this;
    }

    /// <summary>Appends a <c>status.ingress</c> entry.</summary>
    public RouteBuilder WithIngress(RouteIngress ingress) =>
        WithStatus(_route.Status with { Ingress = [.. _route.Status.Ingress ?? [], ingress] });

    /// <summary>Replaces <c>status</c>.</summary>
    public RouteBuilder WithStatus(RouteStatus status)
    {
        _route = _route with { Status = status };
        return this;
    }

    /// <summary>The route built so far.</summary>
    public Route Build() => _route;

    private RouteBuilder WithHeaderActions(Func<RouteHttpHeaderActions, RouteHttpHeaderActions> change) =>
        WithSpec(s => s with { HttpHeaders = new RouteHttpHeaders { Actions = change(s.HttpHeaders?.Actions ?? new()) } });

    private static Dictionary<string, string> With(IReadOnlyDictionary<string, string>? map, string key, string value) =>
        new(map ?? new Dictionary<string, string>(), StringComparer.Ordinal) { [key] = value };
}
