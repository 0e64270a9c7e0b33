namespace RouteApi.Core.Patching;

/// <summary>
/// How a failed patch is reported to the client; each value maps to one Kubernetes Status reason.
/// </summary>
public enum PatchErrorKind
{
    /// <summary>
    /// The patch body is malformed (not a JSON patch array, a malformed operation, a malformed
    /// strategic-merge directive): 400 <c>BadRequest</c>.
    /// </summary>
    BadRequest,

    /// <summary>
    /// The patch is well formed but cannot be applied to the current object (a failed <c>test</c>,
    /// a missing path, a bad array index, a list of lists): 422 <c>Invalid</c>.
    /// </summary>
    Invalid,

    /// <summary>
    /// The JSON patch carries more than <see cref="JsonPatch.MaxOperations"/> operations:
    /// 413 <c>RequestEntityTooLarge</c>; the server prefixes the message with
    /// <c>Request entity too large: </c>.
    /// </summary>
    TooLarge,
}
