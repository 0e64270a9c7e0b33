using System.Text.Json.Nodes;
using RouteApi.Core.ManagedFields;
using RouteApi.Core.Model;
using RouteApi.Formats.Json;
using RouteApi.Server.Http;

namespace RouteApi.Server.Registry;

internal sealed partial class RouteRegistry
{
    /// <summary>
    /// Records the write in metadata.managedFields as an <c>Update</c> by the request's manager
    /// (kube's field manager runs on the decoded, defaulted object before the strategy). An apply
    /// has computed them already and keeps its own.
    /// </summary>
    private Route WithUpdateManagedFields(ApiPath api, Route? old, Route incoming, WriteOptions options, UpdateKind kind)
    {
        if (options.ManagedFieldsComputed)
        {
            return incoming;
        }

        var entries = FieldManager.Update(old is null ? null : ToJson(api, old), old?.Metadata.ManagedFields, ToJson(api, incoming), incoming.Metadata.ManagedFields, Owner(api, options, kind));
        return incoming with { Metadata = incoming.Metadata with { ManagedFields = entries } };
    }

    private FieldOwner Owner(ApiPath api, WriteOptions options, UpdateKind kind) =>
        new(options.Manager, api.ApiVersion, kind == UpdateKind.Status ? "status" : null, Now());

    private static JsonObject ToJson(ApiPath api, Route route) =>
        JsonNode.Parse(KubernetesJson.SerializeCompact(RouteWire.ToWire(api, route)))!.AsObject();
}
