namespace RouteApi.Formats.Protobuf;

/// <summary>One event read from a protobuf watch stream (see <see cref="ProtobufWatchFrame"/>).</summary>
public sealed class ProtobufWatchEvent
{
    /// <summary>Creates an event.</summary>
    /// <param name="type"><c>ADDED</c>, <c>MODIFIED</c>, <c>DELETED</c>, <c>BOOKMARK</c> or <c>ERROR</c>.</param>
    /// <param name="envelopedObject">The object in its normal envelope (magic included).</param>
    public ProtobufWatchEvent(string type, ReadOnlyMemory<byte> envelopedObject)
    {
        Type = type;
        EnvelopedObject = envelopedObject;
    }

    /// <summary><c>ADDED</c>, <c>MODIFIED</c>, <c>DELETED</c>, <c>BOOKMARK</c> or <c>ERROR</c>.</summary>
    public string Type { get; }

    /// <summary>The object (a Route, or a Status for <c>ERROR</c>) in its <c>k8s\0</c> envelope; read it with <see cref="KubernetesProtobuf.Deserialize{T}(ReadOnlyMemory{byte})"/>.</summary>
    public ReadOnlyMemory<byte> EnvelopedObject { get; }
}
