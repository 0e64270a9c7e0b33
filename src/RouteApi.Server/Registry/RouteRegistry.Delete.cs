using RouteApi.Core.Model;
using RouteApi.Core.Validation;
using RouteApi.Server.Http;
using RouteApi.Storage;

namespace RouteApi.Server.Registry;

internal sealed partial class RouteRegistry
{
    /// <summary>
    /// Deletes a route. Preconditions on uid or resourceVersion that do not match answer 409. A
    /// route without finalizers is removed at once; one with finalizers gets
    /// <c>deletionTimestamp</c> and is removed when an update empties its finalizers.
    /// </summary>
    public async Task<DeleteResult> DeleteAsync(ApiPath api, ResourceKey key, DeleteOptions options, CancellationToken cancellationToken)
    {
        var dryRun = ValidateDeleteOptions(options);
        var storageKey = layout.For(key);
        var current = await store.GetAsync(storageKey, cancellationToken);
        while (true)
        {
            if (current is null)
            {
                throw StatusErrors.NotFound(api, key.Name);
            }

            var old = RouteCodec.Decode(current);
            CheckDeletePreconditions(api, key, options.Preconditions, old);
            try
            {
                return old.Metadata.Finalizers is { Count: > 0 }
                    ? await MarkDeletingAsync(storageKey, current, old, dryRun, cancellationToken)
                    : await RemoveAsync(storageKey, current, old, dryRun, cancellationToken);
            }
            catch (StoreConflictException e)
            {
                current = e.Current;
            }
        }
    }

    /// <summary>
    /// Deletes every route of a namespace that matches the list options and answers with the list
    /// of what matched, as it was before the delete. Routes deleted meanwhile are skipped.
    /// </summary>
    public async Task<RouteList> DeleteCollectionAsync(ApiPath api, string @namespace, ListOptions listOptions, DeleteOptions options, CancellationToken cancellationToken)
    {
        ValidateDeleteOptions(options);
        var list = await ListAsync(api, @namespace, listOptions, cancellationToken);
        foreach (var route in list.Items)
        {
            try
            {
                await DeleteAsync(api, new ResourceKey(@namespace, route.Metadata.Name!), options, cancellationToken);
            }
            catch (StatusException e) when (e.Status.Code == StatusCodes.Status404NotFound)
            {
                // Deleted by someone else since the list: the goal is reached.
            }
        }

        return list;
    }

    private async Task<DeleteResult> MarkDeletingAsync(string storageKey, StoredObject current, Route old, bool dryRun, CancellationToken cancellationToken)
    {
        if (old.Metadata.DeletionTimestamp is not null)
        {
            return new DeleteResult(old, Removed: false);
        }

        var meta = old.Metadata;
        var marked = old with
        {
            Metadata = meta with
            {
                DeletionTimestamp = Now(),
                DeletionGracePeriodSeconds = 0,
                Generation = meta.Generation > 0 ? meta.Generation + 1 : meta.Generation,
            },
        };
        if (dryRun)
        {
            return new DeleteResult(marked, Removed: false);
        }

        var stored = await store.UpdateAsync(storageKey, RouteCodec.Encode(marked), current.ModRevision, cancellationToken);
        return new DeleteResult(WithRevision(marked, stored.ModRevision), Removed: false);
    }

    private async Task<DeleteResult> RemoveAsync(string storageKey, StoredObject current, Route old, bool dryRun, CancellationToken cancellationToken)
    {
        if (dryRun)
        {
            return new DeleteResult(old, Removed: true);
        }

        var deleted = await store.DeleteAsync(storageKey, current.ModRevision, cancellationToken);
        return new DeleteResult(WithRevision(old, deleted.ModRevision), Removed: true);
    }

    private static void CheckDeletePreconditions(ApiPath api, ResourceKey key, Preconditions? preconditions, Route old)
    {
        if (preconditions?.Uid is { } uid && uid != old.Metadata.Uid)
        {
            throw StatusErrors.PreconditionConflict(api, key.Name,
                $"the UID in the precondition ({uid}) does not match the UID in record ({old.Metadata.Uid}). The object might have been deleted and then recreated");
        }

        if (preconditions?.ResourceVersion is { } rv && rv != old.Metadata.ResourceVersion)
        {
            throw StatusErrors.PreconditionConflict(api, key.Name,
                $"the ResourceVersion in the precondition ({rv}) does not match the ResourceVersion in record ({old.Metadata.ResourceVersion}). The object might have been modified");
        }
    }

    /// <summary>DeleteOptions validation (422 on <c>DeleteOptions.meta.k8s.io</c>); returns whether this is a dry run.</summary>
    private static bool ValidateDeleteOptions(DeleteOptions options)
    {
        var errors = new List<FieldError>();
        if (options.PropagationPolicy is { } policy)
        {
            if (options.OrphanDependents is not null)
            {
                errors.Add(FieldError.Invalid("propagationPolicy", policy, "orphanDependents and deletionPropagation cannot be both set"));
            }
            else if (policy is not ("Foreground" or "Background" or "Orphan"))
            {
                errors.Add(FieldError.NotSupported("propagationPolicy", policy, ["Foreground", "Background", "Orphan", "nil"]));
            }
        }

        var dryRun = WriteOptions.ParseDryRun(options.DryRun ?? [], errors);
        if (errors.Count > 0)
        {
            throw StatusErrors.InvalidOptions("DeleteOptions", errors);
        }

        return dryRun;
    }
}
