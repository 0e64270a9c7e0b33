using RouteApi.Core.Model;

namespace RouteApi.Core.Validation.SpecRules;

/// <summary>The checks every backend reference gets: a name, kind exactly <c>Service</c>, weight 0..256 when set.</summary>
internal static class BackendChecks
{
    private const int MaxWeight = 256;

    /// <summary>Adds the errors of <paramref name="backend"/>, reported under <paramref name="path"/>.</summary>
    public static void Validate(RouteTargetReference? backend, string path, ICollection<FieldError> errors)
    {
        backend ??= new RouteTargetReference();
        if (string.IsNullOrEmpty(backend.Name))
        {
            errors.Add(FieldError.Required(path + ".name"));
        }

        if (backend.Kind != "Service")
        {
            errors.Add(FieldError.Invalid(path + ".kind", backend.Kind ?? string.Empty, "must reference a Service"));
        }

        if (backend.Weight is { } weight && (weight < 0 || weight > MaxWeight))
        {
            errors.Add(FieldError.Invalid(path + ".weight", weight, "weight must be an integer between 0 and 256"));
        }
    }
}
