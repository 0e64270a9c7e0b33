using System.Globalization;
using System.Text;

namespace RouteApi.Core.Validation;

/// <summary>
/// Renders values as Go's <c>fmt</c> prints them in Kubernetes error messages: <c>%#v</c> Go syntax
/// for slices and structs, and <c>time.Time.String()</c> for timestamps. Go prints a non-nil pointer
/// nested in a struct as a memory address (<c>(*bool)(0xc000…)</c>), which cannot be reproduced;
/// <see cref="Pointer"/> prints the pointed-to value instead, keeping the text deterministic.
/// </summary>
internal static class GoSyntax
{
    /// <summary><c>[]string{"a", "b"}</c>.</summary>
    public static string StringSlice(IEnumerable<string> values) =>
        "[]string{" + string.Join(", ", values.Select(GoFormat.Quote)) + "}";

    /// <summary><c>[]type{item, item}</c>, each item already rendered.</summary>
    public static string Slice(string elementType, IEnumerable<string> items) =>
        "[]" + elementType + "{" + string.Join(", ", items) + "}";

    /// <summary><c>(*type)(nil)</c> when <paramref name="rendered"/> is null, otherwise the rendered value.</summary>
    public static string Pointer(string type, string? rendered) => rendered ?? "(*" + type + ")(nil)";

    /// <summary><c>(*bool)(nil)</c>, or <c>(*bool)(true)</c> / <c>(*bool)(false)</c> in place of Go's address.</summary>
    public static string BoolPointer(bool? value) =>
        value is null ? Pointer("bool", null) : "(*bool)(" + (value.Value ? "true" : "false") + ")";

    /// <summary>
    /// A timestamp as Go's <c>time.Time.String()</c> prints it in UTC, for example
    /// <c>2024-05-01 12:34:56 +0000 UTC</c>; a missing time is Go's zero time
    /// <c>0001-01-01 00:00:00 +0000 UTC</c>.
    /// </summary>
    public static string Time(DateTimeOffset? value)
    {
        var utc = (value ?? DateTimeOffset.MinValue).UtcDateTime;
        var builder = new StringBuilder(utc.ToString("yyyy-MM-dd HH:mm:ss", CultureInfo.InvariantCulture));
        var fraction = utc.Ticks % TimeSpan.TicksPerSecond;
        if (fraction != 0)
        {
            builder.Append('.').Append(fraction.ToString("D7", CultureInfo.InvariantCulture).TrimEnd('0'));
        }

        return builder.Append(" +0000 UTC").ToString();
    }
}
