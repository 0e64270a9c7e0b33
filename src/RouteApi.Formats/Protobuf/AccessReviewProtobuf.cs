using System.Text;
using System.Text.Json.Nodes;

namespace RouteApi.Formats.Protobuf;

/// <summary>
/// Reads an <c>authorization.k8s.io/v1</c> SelfSubjectAccessReview sent in protobuf, as kubectl
/// sends it for <c>kubectl auth can-i</c> (built-in types go over protobuf in client-go), into the
/// JSON shape the JSON form has. Only <c>spec</c> is read: the server answers with the spec and a
/// status, and ignores metadata as kube-apiserver does for this never-stored review.
/// </summary>
public static class AccessReviewProtobuf
{
    // authorization/v1 generated.proto field numbers.
    private const int ReviewSpec = 2;
    private const int SpecResourceAttributes = 1;
    private const int SpecNonResourceAttributes = 2;
    private static readonly string[] ResourceAttributeNames = ["namespace", "verb", "group", "version", "resource", "subresource", "name"];
    private static readonly string[] NonResourceAttributeNames = ["path", "verb"];

    /// <summary>
    /// The review in <paramref name="data"/> (<c>k8s\0</c> envelope included) as a JSON object with
    /// <c>spec.resourceAttributes</c> and/or <c>spec.nonResourceAttributes</c>.
    /// </summary>
    /// <exception cref="FormatDecodeException">The bytes are not a protobuf envelope holding such a message.</exception>
    public static JsonObject ReadSelfSubjectAccessReview(ReadOnlyMemory<byte> data)
    {
        var envelope = KubernetesProtobuf.ReadEnvelope(data);
        try
        {
            return new JsonObject { ["spec"] = ReadSpec(envelope.Raw.Span) };
        }
        catch (FormatException e)
        {
            throw new FormatDecodeException("protobuf: invalid SelfSubjectAccessReview: " + e.Message, e);
        }
    }

    private static JsonObject ReadSpec(ReadOnlySpan<byte> raw)
    {
        var spec = new JsonObject();
        var review = new ProtoFieldReader(raw);
        while (review.Next())
        {
            if (review.Field != ReviewSpec)
            {
                continue;
            }

            var fields = new ProtoFieldReader(review.Bytes);
            while (fields.Next())
            {
                if (fields.Field == SpecResourceAttributes)
                {
                    spec["resourceAttributes"] = Strings(fields.Bytes, ResourceAttributeNames);
                }
                else if (fields.Field == SpecNonResourceAttributes)
                {
                    spec["nonResourceAttributes"] = Strings(fields.Bytes, NonResourceAttributeNames);
                }
            }
        }

        return spec;
    }

    // The attribute messages number their string fields from 1 in the order of names; later
    // fields (field and label selector requirements) are not strings and are not read.
    private static JsonObject Strings(ReadOnlySpan<byte> message, string[] names)
    {
        var result = new JsonObject();
        var fields = new ProtoFieldReader(message);
        while (fields.Next())
        {
            if (fields.Field >= 1 && fields.Field <= names.Length)
            {
                result[names[fields.Field - 1]] = Encoding.UTF8.GetString(fields.Bytes);
            }
        }

        return result;
    }
}
