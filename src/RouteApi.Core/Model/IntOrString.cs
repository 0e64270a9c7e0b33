using System.Globalization;

namespace RouteApi.Core.Model;

/// <summary>
/// Kubernetes <c>intstr.IntOrString</c>: a value that is either a 32-bit integer or a string
/// (for example a port number or a named port). JSON writes it as a bare number or a string.
/// </summary>
public readonly record struct IntOrString
{
    private readonly string? _stringValue;

    private IntOrString(bool isString, int intValue, string? stringValue)
    {
        IsString = isString;
        IntValue = intValue;
        _stringValue = stringValue;
    }

    /// <summary>True when the value holds a string.</summary>
    public bool IsString { get; }

    /// <summary>The integer value; 0 when <see cref="IsString"/> is true.</summary>
    public int IntValue { get; }

    /// <summary>The string value; empty when the value is an integer.</summary>
    public string StringValue => _stringValue ?? string.Empty;

    /// <summary>Creates an integer value.</summary>
    public static IntOrString FromInt(int value) => new(false, value, null);

    /// <summary>Creates a string value.</summary>
    public static IntOrString FromString(string value) => new(true, 0, value);

    /// <summary>The value as text: the decimal number, or the string.</summary>
    public override string ToString() => IsString ? StringValue : IntValue.ToString(CultureInfo.InvariantCulture);
}
