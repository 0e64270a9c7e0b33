namespace RouteApi.Core.ManagedFields;

/// <summary>One decoded managedFields entry: the fields, the API version they were written in and the time of the last change.</summary>
internal sealed record OwnedFields(FieldSet Fields, string ApiVersion, DateTimeOffset? Time);
