namespace RouteApi.Core.Model;

/// <summary>
/// The upstream API documentation of the wire types: openshift/api <c>route/v1</c> (its
/// <c>types.go</c> comments, as <c>zz_generated.swagger_doc_generated.go</c> publishes them) and
/// apimachinery <c>meta/v1</c>. It feeds the OpenAPI documents (so <c>kubectl explain</c> prints
/// the same text as against OpenShift) and the Table column descriptions.
/// </summary>
public static partial class FieldDocs
{
    /// <summary>The description of <c>metadata.name</c>, also the Name column's.</summary>
    public const string ObjectMetaName = "Name must be unique within a namespace. Is required when creating resources, although some resources may allow a client to request the generation of an appropriate name automatically. Name is primarily intended for creation idempotence and configuration definition. Cannot be updated. More info: https://kubernetes.io/docs/concepts/overview/working-with-objects/names#names";

    private const string KindDoc = "Kind is a string value representing the REST resource this object represents. Servers may infer this from the endpoint the client submits requests to. Cannot be updated. In CamelCase. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#types-kinds";
    private const string ApiVersionDoc = "APIVersion defines the versioned schema of this representation of an object. Servers should convert recognized schemas to the latest internal value, and may reject unrecognized values. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#resources";
    private const string ObjectMetadataDoc = "metadata is the standard object's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata";
    private const string ListMetadataDoc = "metadata is the standard list's metadata. More info: https://git.k8s.io/community/contributors/devel/sig-architecture/api-conventions.md#metadata";

    private static readonly Dictionary<Type, Dictionary<string, string>> Docs = new()
    {
        [typeof(Route)] = RouteDocs(),
        [typeof(RouteList)] = RouteListDocs(),
        [typeof(RouteSpec)] = RouteSpecDocs(),
        [typeof(RouteTargetReference)] = RouteTargetReferenceDocs(),
        [typeof(RoutePort)] = RoutePortDocs(),
        [typeof(TlsConfig)] = TlsConfigDocs(),
        [typeof(LocalObjectReference)] = LocalObjectReferenceDocs(),
        [typeof(RouteHttpHeaders)] = RouteHttpHeadersDocs(),
        [typeof(RouteHttpHeaderActions)] = RouteHttpHeaderActionsDocs(),
        [typeof(RouteHttpHeader)] = RouteHttpHeaderDocs(),
        [typeof(RouteHttpHeaderActionUnion)] = RouteHttpHeaderActionUnionDocs(),
        [typeof(RouteSetHttpHeader)] = RouteSetHttpHeaderDocs(),
        [typeof(RouteStatus)] = RouteStatusDocs(),
        [typeof(RouteIngress)] = RouteIngressDocs(),
        [typeof(RouteIngressCondition)] = RouteIngressConditionDocs(),
        [typeof(ObjectMeta)] = ObjectMetaDocs(),
        [typeof(ListMeta)] = ListMetaDocs(),
        [typeof(OwnerReference)] = OwnerReferenceDocs(),
        [typeof(ManagedFieldsEntry)] = ManagedFieldsEntryDocs(),
        [typeof(Status)] = StatusDocs(),
        [typeof(StatusDetails)] = StatusDetailsDocs(),
        [typeof(StatusCause)] = StatusCauseDocs(),
        [typeof(DeleteOptions)] = DeleteOptionsDocs(),
        [typeof(Preconditions)] = PreconditionsDocs(),
    };

    /// <summary>The description of <paramref name="type"/> itself (<paramref name="jsonName"/> empty) or of one of its JSON fields; empty when unknown.</summary>
    public static string Describe(Type type, string jsonName) =>
        Docs.TryGetValue(type, out var fields) && fields.TryGetValue(jsonName, out var doc) ? doc : string.Empty;

    /// <summary>True when the upstream documentation of <paramref name="type"/> is recorded here.</summary>
    public static bool IsDocumented(Type type) => Docs.ContainsKey(type);

    private static Dictionary<string, string> TypeMeta(string typeDoc, string metadataDoc) => new()
    {
        [string.Empty] = typeDoc,
        ["kind"] = KindDoc,
        ["apiVersion"] = ApiVersionDoc,
        ["metadata"] = metadataDoc,
    };
}
