namespace RouteApi.Formats.Json;

/// <summary>How <see cref="StrictFieldChecker"/> walks a JSON value of a given wire type.</summary>
internal enum FieldSchemaKind
{
    /// <summary>Anything goes: scalars, <c>IntOrString</c>, times and free-form JSON such as <c>fieldsV1</c>.</summary>
    Opaque,

    /// <summary>A struct with a fixed set of case-sensitive property names.</summary>
    Object,

    /// <summary>A JSON array whose items share one schema.</summary>
    List,

    /// <summary>A JSON object with free keys (labels, annotations) whose values share one schema.</summary>
    Map,
}
