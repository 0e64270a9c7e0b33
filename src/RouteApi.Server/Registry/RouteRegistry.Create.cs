using RouteApi.Core.Defaulting;
using RouteApi.Core.Model;
using RouteApi.Core.Strategy;
using RouteApi.Core.Validation;
using RouteApi.Server.Http;
using RouteApi.Storage;

namespace RouteApi.Server.Registry;

internal sealed partial class RouteRegistry
{
    /// <summary>
    /// Creates a route: system fields wiped and filled (uid, creationTimestamp), defaults and the
    /// create strategy applied, the host allocated, validated (422 with causes) and stored only if
    /// the key is free (409 AlreadyExists). A <c>generateName</c> collision is retried with new names.
    /// A dry run stores nothing but still answers 409 for a taken name, as kube's dry-run storage does.
    /// </summary>
    public async Task<Route> CreateAsync(ApiPath api, Route route, WriteOptions options, CancellationToken cancellationToken)
    {
        route = WithUpdateManagedFields(api, null, RouteDefaults.Apply(WipeSystemFields(route)), options, UpdateKind.Main);
        var generate = string.IsNullOrEmpty(route.Metadata.Name) && !string.IsNullOrEmpty(route.Metadata.GenerateName);
        var attempts = generate ? NameGenerator.MaxAttempts : 1;
        var name = route.Metadata.Name ?? string.Empty;
        for (var attempt = 0; attempt < attempts; attempt++)
        {
            var candidate = generate ? route with { Metadata = route.Metadata with { Name = NameGenerator.Generate(route.Metadata.GenerateName!) } } : route;
            // The permission check sees the host the client chose, before the server generates one.
            var permissionErrors = HostPermissions.ValidateCreate(candidate, options.CustomHost);
            candidate = PrepareForCreate(candidate);
            name = candidate.Metadata.Name ?? string.Empty;
            var errors = permissionErrors.Concat(RouteValidation.ValidateCreate(candidate)).ToList();
            if (errors.Count > 0)
            {
                throw StatusErrors.Invalid(api, name, errors);
            }

            try
            {
                var key = layout.For(new ResourceKey(candidate.Metadata.Namespace!, name));
                if (options.DryRun)
                {
                    // kube's dry-run storage writes nothing but still answers AlreadyExists for a taken name.
                    return await store.GetAsync(key, cancellationToken) is null ? candidate : throw new StoreKeyExistsException(key);
                }

                var stored = await store.CreateAsync(key, RouteCodec.Encode(candidate), cancellationToken);
                return WithRevision(candidate, stored.ModRevision);
            }
            catch (StoreKeyExistsException) when (generate)
            {
                // Another object took the generated name first; try a fresh one, as kube does.
            }
            catch (StoreKeyExistsException)
            {
                throw StatusErrors.AlreadyExists(api, name);
            }
        }

        throw StatusErrors.GenerateNameConflict(api, name);
    }

    private Route PrepareForCreate(Route route)
    {
        var stamped = route with
        {
            Metadata = route.Metadata with { Uid = Guid.NewGuid().ToString(), CreationTimestamp = Now() },
        };
        return RouteStrategy.AllocateHost(RouteStrategy.PrepareForCreate(stamped), _hostSuffix);
    }

    // The create handler ignores what a client sends for fields only the server sets.
    private static Route WipeSystemFields(Route route)
    {
        var meta = route.Metadata;
        if (meta.ResourceVersion is { Length: > 0 } rv && rv != "0")
        {
            throw StatusErrors.BadRequest("resourceVersion should not be set on objects to be created");
        }

        return route with
        {
            Metadata = meta with
            {
                CreationTimestamp = null,
                Uid = null,
                DeletionTimestamp = null,
                DeletionGracePeriodSeconds = null,
                SelfLink = null,
                ResourceVersion = null,
            },
        };
    }

    private static Route WithRevision(Route route, long revision) => route with
    {
        Metadata = route.Metadata with { ResourceVersion = revision.ToString(System.Globalization.CultureInfo.InvariantCulture) },
    };
}
