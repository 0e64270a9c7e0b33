using Microsoft.OpenApi;

namespace RouteApi.Server.OpenApi;

/// <summary>The path and query parameters of the route operations, described as kube describes them.</summary>
internal static class OperationParameters
{
    public static IOpenApiParameter Name() => Path("name", "name of the Route");

    public static IOpenApiParameter Namespace() => Path("namespace", "object name and auth scope, such as for teams and projects");

    public static IOpenApiParameter Pretty() => Query("pretty", JsonSchemaType.String, "If 'true', then the output is pretty printed. Defaults to 'false' unless the user-agent indicates a browser or command-line HTTP tool (curl and wget).");

    public static IEnumerable<IOpenApiParameter> List() =>
    [
        Query("allowWatchBookmarks", JsonSchemaType.Boolean, "allowWatchBookmarks requests watch events with type \"BOOKMARK\". Servers that do not implement bookmarks may ignore this flag and bookmarks are sent at the server's discretion. Clients should not assume bookmarks are returned at any specific interval, nor may they assume the server will send any BOOKMARK event during a session. If this is not a watch, this field is ignored."),
        Query("continue", JsonSchemaType.String, "The continue option should be set when retrieving more results from the server. Since this value is server defined, clients may only use the continue value from a previous query result with identical query parameters (except for the value of continue) and the server may reject a continue value it does not recognize. If the specified continue value is no longer valid whether due to expiration (generally five to fifteen minutes) or a configuration change on the server, the server will respond with a 410 ResourceExpired error together with a continue token."),
        Query("fieldSelector", JsonSchemaType.String, "A selector to restrict the list of returned objects by their fields. Defaults to everything."),
        Query("labelSelector", JsonSchemaType.String, "A selector to restrict the list of returned objects by their labels. Defaults to everything."),
        Query("limit", JsonSchemaType.Integer, "limit is a maximum number of responses to return for a list call. If more items exist, the server will set the `continue` field on the list metadata to a value that can be used with the same initial query to retrieve the next set of results."),
        Query("resourceVersion", JsonSchemaType.String, "resourceVersion sets a constraint on what resource versions a request may be served from. See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.\n\nDefaults to unset"),
        Query("resourceVersionMatch", JsonSchemaType.String, "resourceVersionMatch determines how resourceVersion is applied to list calls. It is highly recommended that resourceVersionMatch be set for list calls where resourceVersion is set See https://kubernetes.io/docs/reference/using-api/api-concepts/#resource-versions for details.\n\nDefaults to unset"),
        Query("sendInitialEvents", JsonSchemaType.Boolean, "`sendInitialEvents=true` may be set together with `watch=true`. In that case, the watch stream will begin with synthetic events to produce the current state of objects in the collection. Once all such events have been sent, a synthetic \"Bookmark\" event will be sent. The bookmark will report the ResourceVersion (RV) corresponding to the set of objects, and be marked with `\"k8s.io/initial-events-end\": \"true\"` annotation."),
        Query("timeoutSeconds", JsonSchemaType.Integer, "Timeout for the list/watch call. This limits the duration of the call, regardless of any activity or inactivity."),
        Query("watch", JsonSchemaType.Boolean, "Watch for changes to the described resources and return them as a stream of add, update, and remove notifications. Specify resourceVersion."),
    ];

    public static IEnumerable<IOpenApiParameter> Write(bool patch)
    {
        yield return DryRun();
        yield return Query("fieldManager", JsonSchemaType.String, "fieldManager is a name associated with the actor or entity that is making these changes. The value must be less than or 128 characters long, and only contain printable characters, as defined by https://golang.org/pkg/unicode/#IsPrint.");
        yield return Query("fieldValidation", JsonSchemaType.String, "fieldValidation instructs the server on how to handle objects in the request (POST/PUT/PATCH) containing unknown or duplicate fields. Valid values are: - Ignore: This will ignore any unknown fields that are silently dropped from the object, and will ignore all but the last duplicate field that the decoder encounters. - Warn: This will send a warning via the standard warning response header for each unknown field that is dropped from the object, and for each duplicate field that is encountered. The request will still succeed if there are no other errors, and will only persist the last of any duplicate fields. This is the default. - Strict: This will fail the request with a BadRequest error if any unknown fields would be dropped from the object, or if any duplicate fields are present. The error returned from the server will contain all unknown and duplicate fields encountered.");
        if (patch)
        {
            yield return Query("force", JsonSchemaType.Boolean, "Force is going to \"force\" Apply requests. It means user will re-acquire conflicting fields owned by other people. Force flag must be unset for non-apply patch requests.");
        }
    }

    public static IEnumerable<IOpenApiParameter> Delete() =>
    [
        DryRun(),
        Query("gracePeriodSeconds", JsonSchemaType.Integer, "The duration in seconds before the object should be deleted. Value must be non-negative integer. The value zero indicates delete immediately. If this value is nil, the default grace period for the specified type will be used. Defaults to a per object value if not specified. zero means delete immediately."),
        Query("orphanDependents", JsonSchemaType.Boolean, "Deprecated: please use the PropagationPolicy, this field will be deprecated in 1.7. Should the dependent objects be orphaned. If true/false, the \"orphan\" finalizer will be added to/removed from the object's finalizers list. Either this field or PropagationPolicy may be set, but not both."),
        Query("propagationPolicy", JsonSchemaType.String, "Whether and how garbage collection will be performed. Either this field or OrphanDependents may be set, but not both. The default policy is decided by the existing finalizer set in the metadata.finalizers and the resource-specific default policy. Acceptable values are: 'Orphan' - orphan the dependents; 'Background' - allow the garbage collector to delete the dependents in the background; 'Foreground' - a cascading policy that deletes all dependents in the foreground."),
    ];

    /// <summary>The OpenShift 3 read options of <c>/oapi/v1</c>.</summary>
    public static IEnumerable<IOpenApiParameter> Export() =>
    [
        Query("export", JsonSchemaType.Boolean, "Should this value be exported.  Export strips fields that a user can not specify."),
        Query("exact", JsonSchemaType.Boolean, "Should the export be exact.  Exact export maintains cluster-specific fields like 'Namespace'."),
    ];

    private static OpenApiParameter DryRun() => Query("dryRun", JsonSchemaType.String, "When present, indicates that modifications should not be persisted. An invalid or unrecognized dryRun directive will result in an error response and no further processing of the request. Valid values are: - All: all dry run stages will be processed");

    private static OpenApiParameter Path(string name, string description) => new()
    {
        Name = name,
        In = ParameterLocation.Path,
        Required = true,
        Description = description,
        Schema = new OpenApiSchema { Type = JsonSchemaType.String, UniqueItems = true },
    };

    private static OpenApiParameter Query(string name, JsonSchemaType type, string description) => new()
    {
        Name = name,
        In = ParameterLocation.Query,
        Description = description,
        Schema = new OpenApiSchema { Type = type, UniqueItems = true },
    };
}
