using System.Buffers;
using System.Text.Json;

namespace RouteApi.Formats.Json;

/// <summary>
/// Finds the unknown and duplicate fields of a JSON request body, as kube-apiserver's strict decoder
/// (sigs.k8s.io/json <c>UnmarshalStrict</c>) does for <c>fieldValidation=Strict</c> and
/// <c>fieldValidation=Warn</c>. The problems read <c>unknown field "spec.tls.foo"</c> or
/// <c>duplicate field "metadata.labels.app"</c>: the path joins keys with <c>.</c> and list indexes
/// as <c>[i]</c>, and is quoted as Go's <c>strconv.Quote</c> does.
/// </summary>
/// <remarks>
/// <para>
/// The known fields are exactly the properties that <see cref="KubernetesJson.Options"/> reads.
/// Names match case-sensitively, as in kube's strict and non-strict decoders alike: <c>"Spec"</c>
/// is an unknown field here and is ignored by <see cref="KubernetesJson.Deserialize{T}(ReadOnlySpan{byte})"/>.
/// </para>
/// <para>
/// Map keys (labels, annotations) are free, but a repeated key is a duplicate. Values read by their
/// own converter (<c>IntOrString</c>, times, the free-form <c>managedFields[].fieldsV1</c>) are never
/// looked into, as Go leaves them to their <c>UnmarshalJSON</c>. An unknown field's value is not
/// looked into either. A value of the wrong JSON type is left to the decoder, which rejects it.
/// </para>
/// <para>
/// Typical use: decode first with <see cref="KubernetesJson.Deserialize{T}(ReadOnlySpan{byte})"/>
/// (a failure there is a 400 whatever the directive), then check. With <c>Strict</c>, any problem is
/// a 400 <c>Route in version "v1" cannot be handled as a Route: </c> followed by
/// <see cref="FormatStrictDecodingError"/>; with <c>Warn</c>, each problem becomes a warning (see
/// <see cref="WarningHeader.FormatAll"/>); with <c>Ignore</c>, do not call this.
/// </para>
/// </remarks>
public static class StrictFieldChecker
{
    /// <summary>The most problems reported for one document; upstream stops collecting at 100.</summary>
    public const int MaxProblems = 100;

    private static readonly JsonReaderOptions ReaderOptions = new() { MaxDepth = KubernetesJson.MaxDepth };

    /// <summary>
    /// Returns the unknown and duplicate fields of <paramref name="utf8Json"/> read as a
    /// <typeparamref name="T"/>, in document order, without repeats, at most <see cref="MaxProblems"/>.
    /// An empty list means the body is clean.
    /// </summary>
    /// <typeparam name="T">A wire type of <c>KubernetesJsonContext</c>: Route, RouteList, Status or DeleteOptions.</typeparam>
    /// <exception cref="FormatDecodeException">The body is not well-formed JSON.</exception>
    public static IReadOnlyList<string> Check<T>(ReadOnlySpan<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, ReaderOptions);
        return Walk(ref reader, typeof(T));
    }

    /// <summary>Like <see cref="Check{T}(ReadOnlySpan{byte})"/>, for a body held in several buffers.</summary>
    /// <typeparam name="T">A wire type of <c>KubernetesJsonContext</c>.</typeparam>
    /// <exception cref="FormatDecodeException">The body is not well-formed JSON.</exception>
    public static IReadOnlyList<string> Check<T>(ReadOnlySequence<byte> utf8Json)
    {
        var reader = new Utf8JsonReader(utf8Json, ReaderOptions);
        return Walk(ref reader, typeof(T));
    }

    /// <summary>
    /// The text of apimachinery's <c>strictDecodingError</c>:
    /// <c>strict decoding error: unknown field "spec.foo", duplicate field "spec.host"</c>.
    /// </summary>
    public static string FormatStrictDecodingError(IReadOnlyList<string> problems)
    {
        ArgumentNullException.ThrowIfNull(problems);
        return "strict decoding error: " + string.Join(", ", problems);
    }

    private static IReadOnlyList<string> Walk(ref Utf8JsonReader reader, Type type)
    {
        try
        {
            if (!reader.Read())
            {
                throw new FormatDecodeException("json: the body is empty");
            }

            var walker = new StrictFieldWalker();
            walker.Value(ref reader, FieldSchema.For(type));

            // Trailing data after the document makes the reader throw, as Go's checkValid rejects it.
            reader.Read();
            return walker.Problems;
        }
        catch (JsonException e)
        {
            throw new FormatDecodeException(KubernetesJson.Describe(e), e);
        }
        catch (InvalidOperationException e)
        {
            // GetString on a key that is not valid UTF-8 (Go would substitute U+FFFD; the decoder
            // rejects such a body anyway).
            throw new FormatDecodeException("json: " + e.Message, e);
        }
    }
}
