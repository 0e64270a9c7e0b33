using RouteApi.Core.Defaulting;
using RouteApi.Core.Model;
using RouteApi.Core.Strategy;
using RouteApi.Core.Validation;
using RouteApi.Formats.Json;
using RouteApi.Server.Http;
using RouteApi.Storage;

namespace RouteApi.Server.Registry;

internal sealed partial class RouteRegistry
{
    /// <summary>
    /// Replaces a route (PUT). The body's resourceVersion is required (422) and must be current
    /// (409 Conflict); a missing route answers 404. Status is kept, an empty host keeps the stored
    /// host, and generation is bumped only when the spec changed. Removing the last finalizer of a
    /// route being deleted deletes it.
    /// </summary>
    public Task<Route> UpdateAsync(ApiPath api, ResourceKey key, Route route, WriteOptions options, CancellationToken cancellationToken) =>
        GuaranteedUpdateAsync(api, key, _ => route, options, UpdateKind.Main, cancellationToken);

    /// <summary>Replaces the status of a route (PUT <c>/status</c>): the spec is kept from the stored object.</summary>
    public Task<Route> UpdateStatusAsync(ApiPath api, ResourceKey key, Route route, WriteOptions options, CancellationToken cancellationToken) =>
        GuaranteedUpdateAsync(api, key, _ => route, options, UpdateKind.Status, cancellationToken);

    /// <summary>
    /// A status write made by the server itself (the router-status controller): <paramref name="update"/>
    /// derives the new route from the stored one, and from the winner of any lost compare-and-swap,
    /// so the write never rests on a stale read. Returning the stored route unchanged writes nothing.
    /// A missing route answers 404 (a <see cref="StatusException"/>).
    /// </summary>
    public Task<Route> UpdateStatusAsync(ResourceKey key, Func<Route, Route> update, CancellationToken cancellationToken) =>
        GuaranteedUpdateAsync(ApiPath.GroupVersion, key, update, WriteOptions.None, UpdateKind.Status, cancellationToken);

    /// <summary>
    /// kube-apiserver's GuaranteedUpdate: reads the stored route, builds the new one from it with
    /// <paramref name="update"/> (the PUT body, or the stored route patched), runs every update rule
    /// and writes with compare-and-swap on the revision read; a lost race runs again on the value
    /// that won, so a patch is re-applied to it.
    /// </summary>
    private async Task<Route> GuaranteedUpdateAsync(ApiPath api, ResourceKey key, Func<Route, Route> update, WriteOptions options, UpdateKind kind, CancellationToken cancellationToken)
    {
        var storageKey = layout.For(key);
        var current = await store.GetAsync(storageKey, cancellationToken);
        while (true)
        {
            if (current is null)
            {
                throw StatusErrors.NotFound(api, key.Name);
            }

            var old = RouteCodec.Decode(current);
            var updated = PrepareUpdate(api, key, update(old), old, kind, options);
            var value = RouteCodec.Encode(updated);
            if (value.AsSpan().SequenceEqual(current.Value.Span))
            {
                // kube writes nothing for a no-op update: same resourceVersion, no watch event.
                return old;
            }

            if (options.DryRun)
            {
                return updated;
            }

            try
            {
                if (updated.Metadata.DeletionTimestamp is not null && updated.Metadata.Finalizers is not { Count: > 0 })
                {
                    var deleted = await store.DeleteAsync(storageKey, current.ModRevision, cancellationToken);
                    return WithRevision(updated, deleted.ModRevision);
                }

                var stored = await store.UpdateAsync(storageKey, value, current.ModRevision, cancellationToken);
                return WithRevision(updated, stored.ModRevision);
            }
            catch (StoreConflictException e)
            {
                // Lost a race with another writer: re-run the checks on the value that won.
                current = e.Current;
            }
        }
    }

    private Route PrepareUpdate(ApiPath api, ResourceKey key, Route incoming, Route old, UpdateKind kind, WriteOptions options)
    {
        CheckPreconditions(api, key, incoming, old);
        var route = BeforeUpdate(WithUpdateManagedFields(api, old, RouteDefaults.Apply(incoming), options, kind), old);
        route = kind == UpdateKind.Main
            ? RouteStrategy.PrepareForUpdate(route, old, SpecEquals)
            : RouteStrategy.PrepareForStatusUpdate(route, old);
        var errors = kind == UpdateKind.Main
            ? [.. HostPermissions.ValidateUpdate(route, old, options.CustomHost), .. RouteValidation.ValidateUpdate(route, old)]
            : RouteValidation.ValidateStatusUpdate(route, old);
        if (errors.Count > 0)
        {
            throw StatusErrors.Invalid(api, key.Name, errors);
        }

        return route;
    }

    private void CheckPreconditions(ApiPath api, ResourceKey key, Route incoming, Route old)
    {
        var rv = incoming.Metadata.ResourceVersion;
        if (string.IsNullOrEmpty(rv) || rv == "0")
        {
            throw StatusErrors.Invalid(api.QualifiedResource, key.Name, api.DetailsGroup, RouteApiNames.Resource,
                [FieldError.Invalid("metadata.resourceVersion", new RawValue("0x0"), "must be specified for an update")]);
        }

        if (rv != old.Metadata.ResourceVersion)
        {
            throw StatusErrors.Conflict(api, key.Name, StatusErrors.OptimisticLockMessage);
        }

        if (incoming.Metadata.Uid is { Length: > 0 } uid && uid != old.Metadata.Uid)
        {
            throw StatusErrors.Conflict(api, key.Name,
                $"StorageError: invalid object, Code: 4, Key: {layout.For(key)}, ResourceVersion: 0, AdditionalErrorMsg: Precondition failed: UID in precondition: {uid}, UID in object meta: {old.Metadata.Uid}");
        }
    }

    // rest.BeforeUpdate: fields a client may omit are carried over so they do not trip "immutable".
    private static Route BeforeUpdate(Route route, Route old)
    {
        var meta = route.Metadata;
        return route with
        {
            Metadata = meta with
            {
                Generation = old.Metadata.Generation,
                Uid = string.IsNullOrEmpty(meta.Uid) ? old.Metadata.Uid : meta.Uid,
                CreationTimestamp = old.Metadata.CreationTimestamp ?? meta.CreationTimestamp,
                DeletionTimestamp = old.Metadata.DeletionTimestamp ?? meta.DeletionTimestamp,
                DeletionGracePeriodSeconds = meta.DeletionGracePeriodSeconds ?? old.Metadata.DeletionGracePeriodSeconds,
            },
        };
    }

    private static bool SpecEquals(RouteSpec left, RouteSpec right) =>
        KubernetesJson.SerializeCompact(left).AsSpan().SequenceEqual(KubernetesJson.SerializeCompact(right));
}
