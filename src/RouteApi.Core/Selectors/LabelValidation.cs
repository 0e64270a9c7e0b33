using System.Globalization;
using System.Text;
using System.Text.RegularExpressions;

namespace RouteApi.Core.Selectors;

/// <summary>
/// Label key and value rules with apimachinery's exact messages (<c>pkg/util/validation</c>:
/// <c>IsQualifiedName</c>, <c>IsValidLabelValue</c>, <c>IsDNS1123Subdomain</c>). Lengths count UTF-8
/// bytes, as Go's <c>len</c> does.
/// </summary>
internal static partial class LabelValidation
{
    private const string QualifiedNameFormat = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
    private const string QualifiedNameMessage =
        "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
    private const string LabelValueFormat = "(" + QualifiedNameFormat + ")?";
    private const string LabelValueMessage =
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";
    private const string Dns1123SubdomainFormat = @"[a-z0-9]([-a-z0-9]*[a-z0-9])?(\.[a-z0-9]([-a-z0-9]*[a-z0-9])?)*";
    private const string Dns1123SubdomainMessage =
        "a lowercase RFC 1123 subdomain must consist of lower case alphanumeric characters, '-' or '.', and must start and end with an alphanumeric character";
    private const int QualifiedNameMaxLength = 63;
    private const int LabelValueMaxLength = 63;
    private const int Dns1123SubdomainMaxLength = 253;

    /// <summary>The problems with a label key; empty when it is valid.</summary>
    public static List<string> QualifiedNameErrors(string value)
    {
        var errors = new List<string>();
        var parts = value.Split('/');
        if (parts.Length > 2)
        {
            errors.Add("a qualified name " + RegexError(QualifiedNameMessage, QualifiedNameFormat, "MyName", "my.name", "123-abc")
                + " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')");
            return errors;
        }

        if (parts.Length == 2)
        {
            AddPrefixErrors(parts[0], errors);
        }

        var name = parts[^1];
        if (name.Length == 0)
        {
            errors.Add("name part must be non-empty");
        }
        else if (Encoding.UTF8.GetByteCount(name) > QualifiedNameMaxLength)
        {
            errors.Add("name part " + MaxLengthError(QualifiedNameMaxLength));
        }

        if (!QualifiedNameRegex().IsMatch(name))
        {
            errors.Add("name part " + RegexError(QualifiedNameMessage, QualifiedNameFormat, "MyName", "my.name", "123-abc"));
        }

        return errors;
    }

    /// <summary>The problems with a label value; empty when it is valid.</summary>
    public static List<string> LabelValueErrors(string value)
    {
        var errors = new List<string>();
        if (Encoding.UTF8.GetByteCount(value) > LabelValueMaxLength)
        {
            errors.Add(MaxLengthError(LabelValueMaxLength));
        }

        if (!LabelValueRegex().IsMatch(value))
        {
            errors.Add(RegexError(LabelValueMessage, LabelValueFormat, "MyValue", "my_value", "12345"));
        }

        return errors;
    }

    private static void AddPrefixErrors(string prefix, List<string> errors)
    {
        if (prefix.Length == 0)
        {
            errors.Add("prefix part must be non-empty");
            return;
        }

        if (Encoding.UTF8.GetByteCount(prefix) > Dns1123SubdomainMaxLength)
        {
            errors.Add("prefix part " + MaxLengthError(Dns1123SubdomainMaxLength));
        }

        if (!Dns1123SubdomainRegex().IsMatch(prefix))
        {
            errors.Add("prefix part " + RegexError(Dns1123SubdomainMessage, Dns1123SubdomainFormat, "example.com"));
        }
    }

    private static string MaxLengthError(int length) =>
        string.Create(CultureInfo.InvariantCulture, $"must be no more than {length} characters");

    // apimachinery's RegexError: "<msg> (e.g. 'a',  or 'b', regex used for validation is '<fmt>')",
    // the doubled space included.
    private static string RegexError(string message, string format, params string[] examples)
    {
        var builder = new StringBuilder(message).Append(" (e.g. ");
        for (var i = 0; i < examples.Length; i++)
        {
            builder.Append(i > 0 ? " or " : string.Empty).Append('\'').Append(examples[i]).Append("', ");
        }

        return builder.Append("regex used for validation is '").Append(format).Append("')").ToString();
    }

    // \z rather than $: Go's $ does not match before a trailing newline.
    [GeneratedRegex(@"^" + QualifiedNameFormat + @"\z", RegexOptions.CultureInvariant)]
    private static partial Regex QualifiedNameRegex();

    [GeneratedRegex(@"^" + LabelValueFormat + @"\z", RegexOptions.CultureInvariant)]
    private static partial Regex LabelValueRegex();

    [GeneratedRegex(@"^" + Dns1123SubdomainFormat + @"\z", RegexOptions.CultureInvariant)]
    private static partial Regex Dns1123SubdomainRegex();
}
