using System.Text;

namespace RouteApi.Core.Model;

/// <summary>
/// Kubernetes <c>metav1.FieldsV1</c>: the set of fields a manager owns, kept as the raw JSON
/// value of <c>managedFields[].fieldsV1</c> (for example <c>{"f:spec":{"f:host":{}}}</c>). Like
/// kube, any JSON value is accepted here; one that is not an object of path elements makes the
/// server treat the managedFields as unreadable when it updates them, and is not a validation error.
/// </summary>
/// <remarks>
/// The bytes are one JSON value in canonical form: compact, with strings escaped as Kubernetes
/// JSON writes them (only quotes, backslashes and control characters), so they are written to a
/// response or to storage as they are. A route keeps only these bytes instead of a parsed document,
/// which is why a stored route costs little memory in the watch cache.
/// </remarks>
public sealed partial class FieldsV1 : IEquatable<FieldsV1>
{
    // An array rather than a ReadOnlyMemory field: a route in the watch cache holds one per
    // managedFields entry, and the array reference is half the size.
    private readonly byte[] _raw;

    private FieldsV1(byte[] raw) => _raw = raw;

    /// <summary>The field set as compact UTF-8 JSON; never empty.</summary>
    public ReadOnlyMemory<byte> Raw => _raw;

    /// <summary>Whether both hold the same JSON bytes.</summary>
    public static bool operator ==(FieldsV1? left, FieldsV1? right) => Equals(left, right);

    /// <summary>Whether the JSON bytes differ.</summary>
    public static bool operator !=(FieldsV1? left, FieldsV1? right) => !Equals(left, right);

    /// <inheritdoc />
    public bool Equals(FieldsV1? other) =>
        other is not null && (ReferenceEquals(this, other) || _raw.AsSpan().SequenceEqual(other._raw));

    /// <inheritdoc />
    public override bool Equals(object? obj) => Equals(obj as FieldsV1);

    /// <inheritdoc />
    public override int GetHashCode()
    {
        var hash = new HashCode();
        hash.AddBytes(_raw);
        return hash.ToHashCode();
    }

    /// <summary>The JSON text, for example <c>{"f:spec":{"f:host":{}}}</c>.</summary>
    public override string ToString() => Encoding.UTF8.GetString(_raw);
}
