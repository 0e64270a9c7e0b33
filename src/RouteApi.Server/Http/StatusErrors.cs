using System.Globalization;
using RouteApi.Core.Model;
using RouteApi.Core.Validation;

namespace RouteApi.Server.Http;

/// <summary>
/// The Kubernetes error constructors (apimachinery <c>errors.go</c>): reason, HTTP code and the exact
/// message formats clients match on.
/// </summary>
internal static class StatusErrors
{
    public const string OptimisticLockMessage = "the object has been modified; please apply your changes to the latest version and try again";

    public static StatusException NotFound(ApiPath api, string name) =>
        Failure(404, "NotFound", $"{api.QualifiedResource} \"{name}\" not found", ResourceDetails(api, name));

    public static StatusException AlreadyExists(ApiPath api, string name) =>
        Failure(409, "AlreadyExists", $"{api.QualifiedResource} \"{name}\" already exists", ResourceDetails(api, name));

    public static StatusException GenerateNameConflict(ApiPath api, string name) =>
        Failure(409, "AlreadyExists",
            $"{api.QualifiedResource} \"{name}\" already exists, the server was not able to generate a unique name for the object",
            ResourceDetails(api, name) with { RetryAfterSeconds = 1 });

    public static StatusException Conflict(ApiPath api, string name, string detail) =>
        Failure(409, "Conflict", $"Operation cannot be fulfilled on {api.QualifiedResource} \"{name}\": {detail}", ResourceDetails(api, name));

    /// <summary>An apply that would change fields other managers own (kube's <c>NewApplyConflict</c>): no name in the details, one cause per field.</summary>
    public static StatusException ApplyConflict(Core.ManagedFields.FieldManagerConflictException conflict) =>
        Failure(409, "Conflict", conflict.Message, new StatusDetails
        {
            Causes = [.. conflict.Conflicts.Select(c => new StatusCause { Reason = "FieldManagerConflict", Message = "conflict with " + c.Manager, Field = c.Field })],
        });

    /// <summary>A failed delete precondition: kube names the Kind here, not the resource.</summary>
    public static StatusException PreconditionConflict(ApiPath api, string name, string detail) =>
        Failure(409, "Conflict", $"Operation cannot be fulfilled on {api.QualifiedKind} \"{name}\": {detail}", ResourceDetails(api, name));

    public static StatusException Invalid(ApiPath api, string name, IReadOnlyList<FieldError> errors) =>
        Invalid(api.QualifiedKind, name, api.DetailsGroup, RouteApiNames.Kind, errors);

    /// <summary>422 for an option object such as <c>DeleteOptions.meta.k8s.io</c>.</summary>
    public static StatusException InvalidOptions(string kind, IReadOnlyList<FieldError> errors) =>
        Invalid(kind + ".meta.k8s.io", string.Empty, "meta.k8s.io", kind, errors);

    public static StatusException Invalid(string qualifiedKind, string name, string? group, string kind, IReadOnlyList<FieldError> errors)
    {
        var aggregate = FieldErrors.Aggregate(errors);
        var message = aggregate.Length == 0 ? $"{qualifiedKind} \"{name}\" is invalid" : $"{qualifiedKind} \"{name}\" is invalid: {aggregate}";
        var causes = errors.Select(e => new StatusCause { Reason = e.CauseType, Message = e.Body, Field = e.Field }).ToList();
        return Failure(422, "Invalid", message, new StatusDetails { Name = name, Group = group, Kind = kind, Causes = causes });
    }

    public static StatusException BadRequest(string message) => Failure(400, "BadRequest", message, null);

    public static StatusException NotFoundPath() => Failure(404, "NotFound", "the server could not find the requested resource", new StatusDetails());

    public static StatusException MethodNotAllowed() =>
        Failure(405, "MethodNotAllowed", "the server does not allow this method on the requested resource", new StatusDetails());

    public static StatusException RequestEntityTooLarge(long limit) =>
        RequestEntityTooLarge("limit is " + limit.ToString(CultureInfo.InvariantCulture));

    public static StatusException RequestEntityTooLarge(string detail) =>
        Failure(413, "RequestEntityTooLarge", "Request entity too large: " + detail, null);

    public static StatusException UnsupportedMediaType(IEnumerable<string> accepted) =>
        Failure(415, "UnsupportedMediaType",
            "the body of the request was in an unknown format - accepted media types include: " + string.Join(", ", accepted),
            null);

    /// <summary>429 with Retry-After: 1 (for example too many open watches).</summary>
    public static StatusException TooManyRequests(string message) =>
        Failure(429, "TooManyRequests", message, new StatusDetails { RetryAfterSeconds = 1 });

    public static StatusException NotAcceptable(string message) => Failure(406, "NotAcceptable", message, null);

    public static StatusException Expired(string message) => Failure(410, "Expired", message, null);

    /// <summary>504 for a resourceVersion the server has not reached; the watch cache path asks clients to retry after 1 s.</summary>
    public static StatusException TooLargeResourceVersion(long requested, long current, int retryAfterSeconds) =>
        Failure(504, "Timeout", $"Timeout: Too large resource version: {requested}, current: {current}", new StatusDetails
        {
            Causes = [new StatusCause { Reason = "ResourceVersionTooLarge", Message = "Too large resource version" }],
            RetryAfterSeconds = retryAfterSeconds,
        });

    /// <summary>503 while the store cannot be reached or has no quorum; clients retry after 2 s.</summary>
    public static StatusException StorageUnavailable(string message) =>
        Failure(503, "ServiceUnavailable", "storage is unavailable: " + message, new StatusDetails { RetryAfterSeconds = 2 });

    public static StatusException Internal(string message) =>
        Failure(500, "InternalError", "Internal error occurred: " + message,
            new StatusDetails { Causes = [new StatusCause { Message = message }] });

    private static StatusDetails ResourceDetails(ApiPath api, string name) =>
        new() { Name = name, Group = api.DetailsGroup, Kind = RouteApiNames.Resource };

    private static StatusException Failure(int code, string reason, string message, StatusDetails? details) =>
        new(new Status { Result = "Failure", Message = message, Reason = reason, Details = details, Code = code });
}
