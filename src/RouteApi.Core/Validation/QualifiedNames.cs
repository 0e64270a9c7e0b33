using System.Text.RegularExpressions;

namespace RouteApi.Core.Validation;

/// <summary>
/// Kubernetes "qualified names" (label keys, annotation keys, finalizers) and label values, with the
/// detail texts of apimachinery's <c>IsQualifiedName</c> and <c>IsValidLabelValue</c>.
/// </summary>
public static partial class QualifiedNames
{
    private const string NamePattern = "([A-Za-z0-9][-A-Za-z0-9_.]*)?[A-Za-z0-9]";
    private const string ValuePattern = "(" + NamePattern + ")?";
    private const int MaxLength = 63;

    private const string NameMessage =
        "must consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

    private const string ValueMessage =
        "a valid label must be an empty string or consist of alphanumeric characters, '-', '_' or '.', and must start and end with an alphanumeric character";

    /// <summary>The reasons <paramref name="value"/> is not a qualified name (<c>[prefix/]name</c>); empty when valid.</summary>
    public static IReadOnlyList<string> QualifiedNameErrors(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var errors = new List<string>();
        var parts = value.Split('/');
        if (parts.Length > 2)
        {
            errors.Add("a qualified name " + NameRegexMessage() +
                " with an optional DNS subdomain prefix and '/' (e.g. 'example.com/MyName')");
            return errors;
        }

        if (parts.Length == 2)
        {
            AddPrefixErrors(parts[0], errors);
        }

        AddNameErrors(parts[^1], errors);
        return errors;
    }

    /// <summary>The reasons <paramref name="value"/> is not a valid label value; empty when valid.</summary>
    public static IReadOnlyList<string> LabelValueErrors(string value)
    {
        ArgumentNullException.ThrowIfNull(value);
        var errors = new List<string>();
        if (GoText.Length(value) > MaxLength)
        {
            errors.Add(ValidationMessages.MaxLength(MaxLength));
        }

        if (!ValueRegex().IsMatch(value))
        {
            errors.Add(ValidationMessages.Regex(ValueMessage, ValuePattern, "MyValue", "my_value", "12345"));
        }

        return errors;
    }

    private static void AddPrefixErrors(string prefix, List<string> errors)
    {
        if (prefix.Length == 0)
        {
            errors.Add("prefix part " + ValidationMessages.Empty);
            return;
        }

        foreach (var message in DnsNames.Dns1123SubdomainErrors(prefix))
        {
            errors.Add("prefix part " + message);
        }
    }

    private static void AddNameErrors(string name, List<string> errors)
    {
        if (name.Length == 0)
        {
            errors.Add("name part " + ValidationMessages.Empty);
        }
        else if (GoText.Length(name) > MaxLength)
        {
            errors.Add("name part " + ValidationMessages.MaxLength(MaxLength));
        }

        if (!NameRegex().IsMatch(name))
        {
            errors.Add("name part " + NameRegexMessage());
        }
    }

    private static string NameRegexMessage() =>
        ValidationMessages.Regex(NameMessage, NamePattern, "MyName", "my.name", "123-abc");

    [GeneratedRegex("^" + NamePattern + "\\z", RegexOptions.CultureInvariant)]
    private static partial Regex NameRegex();

    [GeneratedRegex("^" + ValuePattern + "\\z", RegexOptions.CultureInvariant)]
    private static partial Regex ValueRegex();
}
