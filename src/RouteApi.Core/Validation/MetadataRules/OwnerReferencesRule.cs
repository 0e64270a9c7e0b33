using RouteApi.Core.Model;

namespace RouteApi.Core.Validation.MetadataRules;

/// <summary>
/// Each owner reference needs a version, kind, name and uid; an Event cannot own anything; at most
/// one reference may be the controller. As upstream, errors are on <c>metadata.ownerReferences</c>
/// without an index.
/// </summary>
internal sealed class OwnerReferencesRule : IRouteRule
{
    private const string Field = "metadata.ownerReferences";

    /// <inheritdoc />
    public void Validate(RouteValidationContext context, ICollection<FieldError> errors)
    {
        var references = context.Metadata.OwnerReferences;
        if (references is null)
        {
            return;
        }

        string? firstController = null;
        foreach (var reference in references)
        {
            ValidateReference(reference, errors);
            if (reference.Controller != true)
            {
                continue;
            }

            var current = reference.Kind + "/" + reference.Name;
            if (firstController is null)
            {
                firstController = current;
                continue;
            }

            errors.Add(FieldError.Invalid(Field, new RawValue(Render(references)),
                $"Only one reference can have Controller set to true. Found \"true\" in references for {firstController} and {current}"));
        }
    }

    private static void ValidateReference(OwnerReference reference, ICollection<FieldError> errors)
    {
        var version = VersionOf(reference.ApiVersion);
        if (version.Length == 0)
        {
            errors.Add(FieldError.Invalid(Field + ".apiVersion", reference.ApiVersion, "version must not be empty"));
        }

        AddIfEmpty(errors, "kind", reference.Kind);
        AddIfEmpty(errors, "name", reference.Name);
        AddIfEmpty(errors, "uid", reference.Uid);

        // Only core/v1 Event is banned (apimachinery BannedOwners); its group is empty.
        if (reference.ApiVersion == "v1" && reference.Kind == "Event")
        {
            errors.Add(FieldError.Invalid(Field, new RawValue(Render(reference)), "/v1, Kind=Event is disallowed from being an owner"));
        }
    }

    private static void AddIfEmpty(ICollection<FieldError> errors, string child, string value)
    {
        if (string.IsNullOrEmpty(value))
        {
            errors.Add(FieldError.Invalid(Field + "." + child, value ?? string.Empty, child + " must not be empty"));
        }
    }

    // schema.ParseGroupVersion: "" and "/" are empty, "v" is a version, "g/v" a group and version,
    // and more than one '/' is an error, which leaves the version empty.
    private static string VersionOf(string? apiVersion)
    {
        if (string.IsNullOrEmpty(apiVersion) || apiVersion == "/")
        {
            return string.Empty;
        }

        var parts = apiVersion.Split('/');
        return parts.Length switch
        {
            1 => parts[0],
            2 => parts[1],
            _ => string.Empty,
        };
    }

    private static string Render(IEnumerable<OwnerReference> references) =>
        GoSyntax.Slice("v1.OwnerReference", references.Select(Render));

    private static string Render(OwnerReference reference) =>
        "v1.OwnerReference{APIVersion:" + GoFormat.Quote(reference.ApiVersion ?? string.Empty) +
        ", Kind:" + GoFormat.Quote(reference.Kind ?? string.Empty) +
        ", Name:" + GoFormat.Quote(reference.Name ?? string.Empty) +
        ", UID:" + GoFormat.Quote(reference.Uid ?? string.Empty) +
        ", Controller:" + GoSyntax.BoolPointer(reference.Controller) +
        ", BlockOwnerDeletion:" + GoSyntax.BoolPointer(reference.BlockOwnerDeletion) + "}";
}
