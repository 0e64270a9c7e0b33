using System.Collections.Frozen;
using System.Globalization;
using System.Text.RegularExpressions;

namespace RouteApi.Formats.Yaml;

/// <summary>
/// go-yaml v2's <c>resolve</c> (the YAML library behind sigs.k8s.io/yaml, which kube-apiserver uses
/// for YAML bodies and responses): what an untagged plain scalar means when read, and therefore
/// which strings must be quoted when written so they read back as strings.
/// </summary>
internal static partial class YamlScalarResolver
{
    private static readonly FrozenDictionary<string, YamlScalar> Words = CreateWords();

    /// <summary>Resolves an untagged plain scalar.</summary>
    public static YamlScalar Resolve(string value)
    {
        if (value.Length == 0)
        {
            return new YamlScalar(YamlScalarKind.Null);
        }

        // Only a few first characters can start anything but a string (resolve.go resolveTable).
        var first = value[0];
        var hint = first is '+' or '-' ? 'S'
            : char.IsAsciiDigit(first) ? 'D'
            : first is 'y' or 'Y' or 'n' or 'N' or 't' or 'T' or 'f' or 'F' or 'o' or 'O' or '~' ? 'M'
            : first == '.' ? '.'
            : '\0';
        if (hint == '\0')
        {
            return new YamlScalar(YamlScalarKind.String);
        }

        if (Words.TryGetValue(value, out var word))
        {
            return word;
        }

        return hint switch
        {
            '.' => TryFloat(value, out var number) ? new YamlScalar(YamlScalarKind.Float, Float: number) : default,
            'D' or 'S' => ResolveNumberOrTimestamp(value),
            _ => default,
        };
    }

    /// <summary>
    /// True when <paramref name="value"/> must be quoted to read back as a string: it would resolve
    /// to anything else, or is a base-60 number (go-yaml quotes those for YAML 1.1 readers), or is
    /// <c>&lt;&lt;</c>, which would read back as a merge key.
    /// </summary>
    public static bool NeedsQuotes(string value) =>
        Resolve(value).Kind != YamlScalarKind.String || value == "<<" || Base60Float().IsMatch(value);

    private static YamlScalar ResolveNumberOrTimestamp(string value)
    {
        if (IsTimestamp(value))
        {
            return new YamlScalar(YamlScalarKind.Timestamp);
        }

        var plain = value.Replace("_", string.Empty, StringComparison.Ordinal);
        if (GoInteger.TryParseInt64(plain, out var signed))
        {
            return new YamlScalar(YamlScalarKind.Int, Int: signed);
        }

        if (GoInteger.TryParseUInt64(plain, out var unsigned))
        {
            return new YamlScalar(YamlScalarKind.UnsignedInt, UnsignedInt: unsigned);
        }

        return TryFloat(plain, out var number) ? new YamlScalar(YamlScalarKind.Float, Float: number) : default;
    }

    // yamlStyleFloat, then strconv.ParseFloat, which rejects values beyond the double range.
    private static bool TryFloat(string value, out double number)
    {
        number = 0;
        return YamlStyleFloat().IsMatch(value)
            && double.TryParse(value, NumberStyles.Float, CultureInfo.InvariantCulture, out number)
            && double.IsFinite(number);
    }

    // parseTimestamp: four digits and '-', then one of the formats go-yaml accepts
    // ("2006-1-2T15:4:5.999999999Z07:00" with T or t, "2006-1-2 15:4:5.999999999", "2006-1-2"),
    // with the field ranges time.Parse checks.
    private static bool IsTimestamp(string value)
    {
        var match = Timestamp().Match(value);
        if (!match.Success)
        {
            return false;
        }

        var year = int.Parse(match.Groups["y"].ValueSpan, CultureInfo.InvariantCulture);
        var month = int.Parse(match.Groups["m"].ValueSpan, CultureInfo.InvariantCulture);
        var day = int.Parse(match.Groups["d"].ValueSpan, CultureInfo.InvariantCulture);
        if (month is < 1 or > 12 || day < 1 || day > DateTime.DaysInMonth(year == 0 ? 2000 : year, month))
        {
            return false;
        }

        return !match.Groups["h"].Success
            || (int.Parse(match.Groups["h"].ValueSpan, CultureInfo.InvariantCulture) < 24
                && int.Parse(match.Groups["min"].ValueSpan, CultureInfo.InvariantCulture) < 60
                && int.Parse(match.Groups["s"].ValueSpan, CultureInfo.InvariantCulture) < 60);
    }

    private static FrozenDictionary<string, YamlScalar> CreateWords()
    {
        var words = new Dictionary<string, YamlScalar>(StringComparer.Ordinal);
        void Add(YamlScalar scalar, params string[] spellings)
        {
            foreach (var spelling in spellings)
            {
                words[spelling] = scalar;
            }
        }

        Add(new YamlScalar(YamlScalarKind.Bool, Bool: true), "y", "Y", "yes", "Yes", "YES", "true", "True", "TRUE", "on", "On", "ON");
        Add(new YamlScalar(YamlScalarKind.Bool, Bool: false), "n", "N", "no", "No", "NO", "false", "False", "FALSE", "off", "Off", "OFF");
        Add(new YamlScalar(YamlScalarKind.Null), "~", "null", "Null", "NULL");
        Add(new YamlScalar(YamlScalarKind.Float, Float: double.NaN), ".nan", ".NaN", ".NAN");
        Add(new YamlScalar(YamlScalarKind.Float, Float: double.PositiveInfinity), ".inf", ".Inf", ".INF", "+.inf", "+.Inf", "+.INF");
        Add(new YamlScalar(YamlScalarKind.Float, Float: double.NegativeInfinity), "-.inf", "-.Inf", "-.INF");
        return words.ToFrozenDictionary(StringComparer.Ordinal);
    }

    [GeneratedRegex(@"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", RegexOptions.CultureInvariant)]
    private static partial Regex YamlStyleFloat();

    [GeneratedRegex(@"^[-+]?[0-9][0-9_]*(?::[0-5]?[0-9])+(?:\.[0-9_]*)?$", RegexOptions.CultureInvariant)]
    private static partial Regex Base60Float();

    [GeneratedRegex(
        @"^(?<y>[0-9]{4})-(?<m>[0-9]{1,2})-(?<d>[0-9]{1,2})(?:(?:[Tt]|(?<space> ))(?<h>[0-9]{1,2}):(?<min>[0-9]{1,2}):(?<s>[0-9]{1,2})(?:[.,][0-9]+)?(?(space)|(?:Z|[-+][0-9]{2}:[0-9]{2})))?$",
        RegexOptions.CultureInvariant)]
    private static partial Regex Timestamp();
}
