using RouteApi.Core.Model;

namespace RouteApi.Core.Validation.SpecRules;

/// <summary>
/// H1: a non-empty <c>spec.host</c> must be a DNS-1123 subdomain (one error however it fails).
/// H2: when the context asks for it and the route lacks the allow-non-dns-compliant-host annotation,
/// each dot-separated label must be a DNS-1123 label; one error per failing label message.
/// </summary>
internal sealed class HostRule : IRouteRule
{
    private const string Field = "spec.host";

    /// <summary>True when every dot-separated label of <paramref name="host"/> is a DNS-1123 label; true for an empty host.</summary>
    public static bool HasValidLabels(string? host) =>
        string.IsNullOrEmpty(host) || host.Split('.').All(DnsNames.IsDns1123Label);

    /// <inheritdoc />
    public void Validate(RouteValidationContext context, ICollection<FieldError> errors)
    {
        var host = context.Spec.Host;
        if (string.IsNullOrEmpty(host))
        {
            return;
        }

        if (!DnsNames.IsDns1123Subdomain(host))
        {
            errors.Add(FieldError.Invalid(Field, host, "host must conform to DNS 952 subdomain conventions"));
        }

        if (context.CheckHostname && !AllowsNonCompliantHost(context))
        {
            AddLabelErrors(host, errors);
        }
    }

    private static bool AllowsNonCompliantHost(RouteValidationContext context) =>
        context.Metadata.Annotations is { } annotations
        && annotations.TryGetValue(RouteApiNames.AllowNonDnsCompliantHostAnnotation, out var value)
        && value == "true";

    private static void AddLabelErrors(string host, ICollection<FieldError> errors)
    {
        foreach (var label in host.Split('.'))
        {
            foreach (var message in DnsNames.Dns1123LabelErrors(label))
            {
                errors.Add(FieldError.Invalid(Field, host, message));
            }
        }
    }
}
