namespace RouteApi.Server.Security;

/// <summary>
/// The id a client or proxy gave its request: kube-apiserver's <c>Audit-ID</c> header, else the
/// common <c>X-Request-Id</c>. Only short ids of URL-safe characters are taken, so a client cannot
/// forge log lines or fill them; anything else gets a new id.
/// </summary>
internal static class AuditId
{
    private const int MaxLength = 128;

    public static string? FromRequest(IHeaderDictionary headers) =>
        Valid(headers[AuditMiddleware.AuditIdHeader].ToString()) ?? Valid(headers["X-Request-Id"].ToString());

    private static string? Valid(string id) =>
        id.Length is > 0 and <= MaxLength && id.All(c => char.IsAsciiLetterOrDigit(c) || c is '-' or '_' or '.' or ':') ? id : null;
}
