using System.Buffers.Text;

namespace RouteApi.Core.Paging;

/// <summary>
/// The state a paginated list resumes from, carried in <c>metadata.continue</c> and the
/// <c>continue</c> query parameter. The wire form is kube-apiserver's
/// (<c>k8s.io/apiserver/pkg/storage/continue.go</c>): unpadded base64url of
/// <c>{"v":"meta.k8s.io/v1","rv":&lt;rv&gt;,"start":"&lt;key&gt;"}</c>.
/// </summary>
/// <param name="ResourceVersion">
/// The list snapshot revision every page is read at; -1 means "the latest revision", used in the
/// token offered with a 410 Expired after the original revision was compacted. Never 0.
/// </param>
/// <param name="StartKey">
/// The first storage key of the next page, relative to the collection prefix (for example
/// <c>b\0</c> in one namespace or <c>ns1/b\0</c> across namespaces); see <see cref="NextStartKey"/>.
/// </param>
public readonly record struct ContinueToken(long ResourceVersion, string StartKey)
{
    /// <summary>The only token format version, <c>meta.k8s.io/v1</c>.</summary>
    public const string EncodedVersion = "meta.k8s.io/v1";

    private const string InvalidPrefix = "continue key is not valid";

    /// <summary>
    /// The start key that resumes right after <paramref name="lastKeyRelative"/>: the key plus a NUL,
    /// the smallest key that sorts after it.
    /// </summary>
    /// <param name="lastKeyRelative">The last key returned, relative to the collection prefix.</param>
    public static string NextStartKey(string lastKeyRelative) => lastKeyRelative + "\0";

    /// <summary>Encodes the token for <c>metadata.continue</c>, byte for byte as kube-apiserver does.</summary>
    public string Encode() => Base64Url.EncodeToString(ContinueTokenJson.Write(this));

    /// <summary>
    /// Decodes a <c>continue</c> parameter and checks it as kube-apiserver does: base64url and JSON
    /// must decode, <c>v</c> must be <c>meta.k8s.io/v1</c>, <c>rv</c> must not be 0 (negative values
    /// such as -1 are accepted), <c>start</c> must be non-empty and path-clean (no <c>..</c>,
    /// <c>.</c> or empty segments, no trailing slash). A leading <c>/</c> on <c>start</c> is dropped.
    /// </summary>
    /// <param name="token">The token text.</param>
    /// <returns>The decoded token.</returns>
    /// <exception cref="ContinueTokenException">The token is invalid; the server answers 400 BadRequest.</exception>
    public static ContinueToken Decode(string token)
    {
        ArgumentNullException.ThrowIfNull(token);
        if (!GoBase64.TryDecodeRawUrl(token, out var json, out var base64Error))
        {
            throw Invalid(InvalidPrefix + ": " + base64Error);
        }

        var jsonError = ContinueTokenJson.TryRead(json, out var version, out var resourceVersion, out var start);
        if (jsonError is not null)
        {
            throw Invalid(InvalidPrefix + ": " + jsonError);
        }

        if (version != EncodedVersion)
        {
            throw Invalid(InvalidPrefix + ": server does not recognize this encoded version " + version);
        }

        if (resourceVersion == 0)
        {
            throw Invalid(InvalidPrefix + ": incorrect encoded start resourceVersion (version meta.k8s.io/v1)");
        }

        if (start.Length == 0)
        {
            throw Invalid(InvalidPrefix + ": encoded start key empty (version meta.k8s.io/v1)");
        }

        // Upstream roots the key and requires path.Clean to leave it unchanged, so that a client
        // cannot range outside the collection prefix.
        var rooted = start.StartsWith('/') ? start : "/" + start;
        if (!IsClean(rooted))
        {
            throw Invalid(InvalidPrefix + ": " + start);
        }

        return new ContinueToken(resourceVersion, rooted[1..]);
    }

    // path.Clean(p) == p for a rooted p: "/" itself, or no empty, "." or ".." segment and no trailing slash.
    private static bool IsClean(string rooted)
    {
        if (rooted == "/")
        {
            return true;
        }

        foreach (var segment in rooted[1..].Split('/'))
        {
            if (segment is "" or "." or "..")
            {
                return false;
            }
        }

        return true;
    }

    private static ContinueTokenException Invalid(string message) => new(message);
}
