using System.Text.Json.Nodes;
using RouteApi.Core.ManagedFields;
using RouteApi.Core.Model;
using RouteApi.Server.Http;

namespace RouteApi.Server.Registry;

internal sealed partial class RouteRegistry
{
    /// <summary>
    /// Server-side apply: merges the applied configuration into the stored route as the request's
    /// manager, inside the compare-and-swap loop, and records the manager's fields. A missing route
    /// is created (201; the caller needs <c>create</c>), except through <c>/status</c> (404).
    /// Changing a field another manager owns answers 409 Conflict with one
    /// <c>FieldManagerConflict</c> cause per field unless <c>force=true</c>.
    /// </summary>
    private async Task<PatchResult> ApplyAsync(ApiPath api, ResourceKey key, PatchRequest patch, WriteOptions options, UpdateKind kind, CancellationToken cancellationToken)
    {
        var input = new ApplyInput(ApplyConfiguration(api, key, patch), Owner(api, options, kind));
        var computed = options with { ManagedFieldsComputed = true };
        if (kind == UpdateKind.Main && await store.GetAsync(layout.For(key), cancellationToken) is null)
        {
            var created = await CreateByApplyAsync(api, key, input, computed, cancellationToken);
            if (created is not null)
            {
                return created;
            }
        }

        IReadOnlyList<string> warnings = [];
        var route = await GuaranteedUpdateAsync(api, key, old =>
        {
            var (applied, problems) = ApplyTo(api, key, old, input, options);
            warnings = problems;
            return applied;
        }, computed, kind, cancellationToken);
        return new PatchResult(route, warnings);
    }

    // Null when another writer created the route first: the apply then runs as an update.
    private async Task<PatchResult?> CreateByApplyAsync(ApiPath api, ResourceKey key, ApplyInput input, WriteOptions options, CancellationToken cancellationToken)
    {
        if (options.CreateDenial(key.Name) is { } denial)
        {
            throw new StatusException(denial);
        }

        var result = FieldManager.Apply(null, null, input.Config, input.Owner, options.Force);
        var merged = result.Merged;
        merged["apiVersion"] = api.ApiVersion;
        merged["kind"] = RouteApiNames.Kind;
        var metadata = merged["metadata"] as JsonObject ?? [];
        merged["metadata"] = metadata;
        metadata["name"] = key.Name;
        metadata["namespace"] = key.Namespace;
        CopyPreconditions(input.Config, merged);
        var (route, warnings) = DecodePatched(api, key, merged, options);
        route = route with { Metadata = route.Metadata with { ManagedFields = result.ManagedFields } };
        try
        {
            return new PatchResult(await CreateAsync(api, route, options, cancellationToken), warnings, Created: true);
        }
        catch (StatusException e) when (e.Status.Reason == "AlreadyExists")
        {
            return null;
        }
    }

    private static (Route Route, IReadOnlyList<string> Warnings) ApplyTo(ApiPath api, ResourceKey key, Route old, ApplyInput input, WriteOptions options)
    {
        ApplyResult result;
        try
        {
            result = FieldManager.Apply(ToJson(api, old), old.Metadata.ManagedFields, input.Config, input.Owner, options.Force);
        }
        catch (FieldManagerConflictException e)
        {
            throw StatusErrors.ApplyConflict(e);
        }

        CopyPreconditions(input.Config, result.Merged);
        var (route, warnings) = DecodePatched(api, key, result.Merged, options);
        return (route with { Metadata = route.Metadata with { ManagedFields = result.ManagedFields } }, warnings);
    }

    /// <summary>
    /// Checks the applied configuration: an object of this kind and version (when it says), naming
    /// this route, without managedFields (400 otherwise, as kube).
    /// </summary>
    private static JsonObject ApplyConfiguration(ApiPath api, ResourceKey key, PatchRequest patch)
    {
        if (patch.Document is not JsonObject config)
        {
            throw StatusErrors.BadRequest("the applied configuration must be an object");
        }

        if (config["apiVersion"] is { } version && version.ToString() != api.ApiVersion)
        {
            throw StatusErrors.BadRequest($"the API version in the data ({version}) does not match the expected API version ({api.ApiVersion})");
        }

        if (config["kind"] is { } kind && kind.ToString() != RouteApiNames.Kind)
        {
            throw StatusErrors.BadRequest($"the kind in the data ({kind}) does not match the expected kind ({RouteApiNames.Kind})");
        }

        var metadata = config["metadata"] as JsonObject;
        if (metadata?["managedFields"] is not null)
        {
            throw StatusErrors.BadRequest("metadata.managedFields must be nil");
        }

        if (metadata?["name"] is { } name && name.ToString() != key.Name)
        {
            throw StatusErrors.BadRequest($"the name of the object ({name}) does not match the name on the URL ({key.Name})");
        }

        if (metadata?["namespace"] is { } ns && ns.ToString().Length > 0 && ns.ToString() != key.Namespace)
        {
            throw StatusErrors.BadRequest("the namespace of the provided object does not match the namespace sent on the request");
        }

        return config;
    }

    // resourceVersion and uid in an applied configuration are preconditions, not fields anyone owns.
    private static void CopyPreconditions(JsonObject config, JsonObject merged)
    {
        if (config["metadata"] is not JsonObject sent || merged["metadata"] is not JsonObject target)
        {
            return;
        }

        foreach (var name in (string[])["resourceVersion", "uid"])
        {
            if (sent[name] is { } value)
            {
                target[name] = value.DeepClone();
            }
        }
    }
}
