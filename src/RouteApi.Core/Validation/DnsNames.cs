using System.Text.RegularExpressions;

namespace RouteApi.Core.Validation;

/// <summary>
/// DNS name checks of apimachinery's <c>pkg/util/validation</c> (RFC 1123 labels and subdomains) and
/// the object-name functions built on them. The <c>…Errors</c> methods return the upstream detail
/// texts, empty when the value is valid; lengths are counted in UTF-8 bytes, as Go does.
/// </summary>
public static partial class DnsNames
{
    /// <summary>Maximum length of an RFC 1123 label.</summary>
    public const int Dns1123LabelMaxLength = 63;

    /// <summary>Maximum length of an RFC 1123 subdomain.</summary>
    public const int Dns1123SubdomainMaxLength = 253;

    /// <summary>The label pattern shown in error messages.</summary>
    public const string Dns1123LabelPattern = "[a-z0-9]([-a-z0-9]*[a-z0-9])?";

    /// <summary>The subdomain pattern shown in error messages.</summary>
    public const string Dns1123SubdomainPattern = Dns1123LabelPattern + "(\\." + Dns1123LabelPattern + ")*";

    private const string LabelMessage =
        "a lowercase RFC 1123 label must consist of lower case alphanumeric characters or '-', and must start and end with an alphanumeric character";

    private const string SubdomainMessage =
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";

    /// <summary>True when <paramref name="value"/> is an RFC 1123 label (at most 63 bytes).</summary>
    public static bool IsDns1123Label(string value) => Dns1123LabelErrors(value).Count == 0;

    /// <summary>True when <paramref name="value"/> is an RFC 1123 subdomain (at most 253 bytes).</summary>
    public static bool IsDns1123Subdomain(string value) => Dns1123SubdomainErrors(value).Count == 0;

    /// <summary>The reasons <paramref name="value"/> is not an RFC 1123 label (apimachinery <c>IsDNS1123Label</c>).</summary>
    public static IReadOnlyList<string> Dns1123LabelErrors(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var errors = new List<string>();
        if (GoText.Length(value) > Dns1123LabelMaxLength)
        {
            errors.Add(ValidationMessages.MaxLength(Dns1123LabelMaxLength));
        }

        if (!LabelRegex().IsMatch(value))
        {
            errors.Add(ValidationMessages.Regex(LabelMessage, Dns1123LabelPattern, "my-name", "123-abc"));
        }

        return errors;
    }

    /// <summary>The reasons <paramref name="value"/> is not an RFC 1123 subdomain (apimachinery <c>IsDNS1123Subdomain</c>).</summary>
    public static IReadOnlyList<string> Dns1123SubdomainErrors(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var errors = new List<string>();
        if (GoText.Length(value) > Dns1123SubdomainMaxLength)
        {
            errors.Add(ValidationMessages.MaxLength(Dns1123SubdomainMaxLength));
        }

        if (!SubdomainRegex().IsMatch(value))
        {
            errors.Add(ValidationMessages.Regex(SubdomainMessage, Dns1123SubdomainPattern, "example.com"));
        }

        return errors;
    }

    /// <summary>
    /// Validates an object name, or with <paramref name="prefix"/> a <c>generateName</c> prefix, as a
    /// DNS subdomain (apimachinery <c>NameIsDNSSubdomain</c>). Route names use this.
    /// </summary>
    public static IReadOnlyList<string> SubdomainNameErrors(string name, bool prefix) =>
        Dns1123SubdomainErrors(prefix ? MaskTrailingDash(name) : name);

    /// <summary>
    /// Validates a namespace name, or with <paramref name="prefix"/> a prefix, as a DNS label
    /// (apimachinery <c>ValidateNamespaceName</c>). Also used for namespaces taken from URLs.
    /// </summary>
    public static IReadOnlyList<string> NamespaceNameErrors(string name, bool prefix) =>
        Dns1123LabelErrors(prefix ? MaskTrailingDash(name) : name);

    // A generateName prefix may end in '-', since random characters follow. Upstream replaces the
    // last two characters with "a" before checking (apimachinery maskTrailingDash); kept as is.
    private static string MaskTrailingDash(string name)
    {
        ArgumentNullException.ThrowIfNull(name);
        return name.Length > 1 && name.EndsWith('-') ? name[..^2] + "a" : name;
    }

    [GeneratedRegex("^" + Dns1123LabelPattern + "\\z", RegexOptions.CultureInvariant)]
    private static partial Regex LabelRegex();

    [GeneratedRegex("^" + Dns1123SubdomainPattern + "\\z", RegexOptions.CultureInvariant)]
    private static partial Regex SubdomainRegex();
}
