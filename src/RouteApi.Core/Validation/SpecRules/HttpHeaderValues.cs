using System.Text.RegularExpressions;

namespace RouteApi.Core.Validation.SpecRules;

/// <summary>
/// The header name and value formats of library-go's route validation. A value is plain text
/// without control characters or <c>%</c>, mixed with HAProxy <c>%[…]</c> fetches: <c>req.hdr(…)</c>
/// (request) or <c>res.hdr(…)</c> (response) and <c>ssl_c_der</c>, with the converters
/// <c>lower</c> and <c>base64</c>, optionally preceded by <c>{Q,X,E}</c> flags; <c>%%</c> is a literal percent.
/// </summary>
internal static partial class HttpHeaderValues
{
    /// <summary>The error detail for a request header value that does not match.</summary>
    public const string RequestValueMessage = "Either header value provided is not in correct format or the converter specified is not allowed. The dynamic header value  may use HAProxy's %[] syntax and otherwise must be a valid HTTP header value as defined in https://datatracker.ietf.org/doc/html/rfc7230#section-3.2 Sample fetchers allowed are req.hdr, ssl_c_der. Converters allowed are lower, base64.";

    /// <summary>The error detail for a response header value that does not match.</summary>
    public const string ResponseValueMessage = "Either header value provided is not in correct format or the converter specified is not allowed. The dynamic header value  may use HAProxy's %[] syntax and otherwise must be a valid HTTP header value as defined in https://datatracker.ietf.org/doc/html/rfc7230#section-3.2 Sample fetchers allowed are res.hdr, ssl_c_der. Converters allowed are lower, base64.";

    // library-go's template with XYZ replaced by req/res. Go's [:cntrl:] is [\x00-\x1F\x7F];
    // Go's $ (without multi-line mode) is the end of the text, which is \z in .NET.
    private const string ValueStart = @"^(?:%(?:%|(?:\{[-+]?[QXE](?:,[-+]?[QXE])*\})?\[(?:";
    private const string ValueEnd = @"\.hdr\([0-9A-Za-z-]+\)|ssl_c_der)(?:,(?:lower|base64))*\])|[^%\x00-\x1F\x7F])+\z";

    /// <summary>A header name: an RFC 2616 token.</summary>
    [GeneratedRegex("^[-!#$%&'*+.0-9A-Z^_`a-z|~]+\\z", RegexOptions.CultureInvariant)]
    public static partial Regex Name();

    /// <summary>A request header value.</summary>
    [GeneratedRegex(ValueStart + "req" + ValueEnd, RegexOptions.CultureInvariant)]
    public static partial Regex RequestValue();

    /// <summary>A response header value.</summary>
    [GeneratedRegex(ValueStart + "res" + ValueEnd, RegexOptions.CultureInvariant)]
    public static partial Regex ResponseValue();
}
