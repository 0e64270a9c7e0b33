using System.Text;
using System.Text.Json.Nodes;
using RouteApi.Core.Model;
using RouteApi.Core.Patching;
using RouteApi.Core.Validation;
using RouteApi.Formats;
using RouteApi.Formats.Json;
using RouteApi.Server.Http;

namespace RouteApi.Server.Registry;

internal sealed partial class RouteRegistry
{
    /// <summary>
    /// Patches a route (or its status) inside the compare-and-swap loop: the patch is applied to the
    /// stored object as the API path shows it, and the result goes through every update rule. A patch
    /// that sets <c>metadata.resourceVersion</c> is a precondition (409 when stale); otherwise a lost
    /// race re-applies the patch to the winner. A patch that cannot be applied answers 422 (400 when
    /// the patch itself is malformed, 413 past 10,000 JSON patch operations).
    /// </summary>
    public async Task<PatchResult> PatchAsync(ApiPath api, ResourceKey key, PatchRequest patch, WriteOptions options, UpdateKind kind, CancellationToken cancellationToken)
    {
        if (patch.Type == PatchType.Apply)
        {
            return await ApplyAsync(api, key, patch, options, kind, cancellationToken);
        }

        // Each retry re-applies the patch; only the warnings of the application that was stored count.
        IReadOnlyList<string> warnings = [];
        var route = await GuaranteedUpdateAsync(api, key, old =>
        {
            var (patched, problems) = ApplyPatch(api, key, patch, options, old);
            warnings = problems;
            return patched;
        }, options, kind, cancellationToken);
        return new PatchResult(route, warnings);
    }

    private static (Route Route, IReadOnlyList<string> Warnings) ApplyPatch(ApiPath api, ResourceKey key, PatchRequest patch, WriteOptions options, Route old)
    {
        var original = JsonNode.Parse(KubernetesJson.SerializeCompact(RouteWire.ToWire(api, old)));
        JsonNode? patched;
        try
        {
            patched = patch.Type switch
            {
                PatchType.Json => JsonPatch.Apply(original, patch.Document),
                PatchType.Merge => MergePatch.Apply(original, patch.Document),
                _ => StrategicMergePatch.Apply(original, patch.Document, PatchSchema.Route),
            };
        }
        catch (PatchException e)
        {
            throw e.Kind switch
            {
                PatchErrorKind.BadRequest => StatusErrors.BadRequest(e.Message),
                PatchErrorKind.TooLarge => StatusErrors.RequestEntityTooLarge(e.Message),
                _ => StatusErrors.Invalid(api, key.Name, [FieldError.Invalid("patch", patch.Text, e.Message)]),
            };
        }

        return DecodePatched(api, key, patched, options);
    }

    // Problems found in the patched document are reported as kube does: 422 on the field "patch".
    private static (Route Route, IReadOnlyList<string> Warnings) DecodePatched(ApiPath api, ResourceKey key, JsonNode? patched, WriteOptions options)
    {
        var bytes = Encoding.UTF8.GetBytes(patched?.ToJsonString() ?? "null");
        Route route;
        try
        {
            route = KubernetesJson.Deserialize<Route>(bytes);
        }
        catch (FormatDecodeException e)
        {
            throw StatusErrors.Invalid(api, key.Name, [FieldError.Invalid("patch", Encoding.UTF8.GetString(bytes), e.Message)]);
        }

        if (route.Kind != RouteApiNames.Kind || route.ApiVersion != api.ApiVersion)
        {
            throw StatusErrors.BadRequest($"the patched object must stay a {RouteApiNames.Kind} in {api.ApiVersion}, got {route.Kind} in {route.ApiVersion}");
        }

        if (route.Metadata.Name != key.Name || route.Metadata.Namespace != key.Namespace)
        {
            throw StatusErrors.BadRequest($"the name of the object ({route.Metadata.Name}) does not match the name on the URL ({key.Name})");
        }

        IReadOnlyList<string> problems = options.FieldValidation == "Ignore" ? [] : StrictFieldChecker.Check<Route>(bytes);
        if (problems.Count > 0 && options.FieldValidation == "Strict")
        {
            throw StatusErrors.Invalid(api, key.Name, [FieldError.Invalid("patch", Encoding.UTF8.GetString(bytes), StrictFieldChecker.FormatStrictDecodingError(problems))]);
        }

        return (route with { Kind = null, ApiVersion = null }, problems);
    }
}
