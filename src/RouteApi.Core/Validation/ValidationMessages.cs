using System.Globalization;
using System.Text;

namespace RouteApi.Core.Validation;

/// <summary>
/// Builders for the detail texts of Kubernetes validation errors, worded exactly as apimachinery's
/// <c>pkg/util/validation</c> words them, so that clients comparing messages see the same text.
/// </summary>
public static class ValidationMessages
{
    /// <summary>The detail of an immutable-field error: <c>field is immutable</c>.</summary>
    public const string FieldImmutable = "field is immutable";

    /// <summary>The detail for a negative number that must not be negative.</summary>
    public const string Negative = "must be greater than or equal to 0";

    /// <summary>The detail for an empty value that must not be empty: <c>must be non-empty</c>.</summary>
    public const string Empty = "must be non-empty";

    /// <summary>The detail for a value longer than <paramref name="length"/>: <c>must be no more than N characters</c>.</summary>
    public static string MaxLength(int length) =>
        string.Create(CultureInfo.InvariantCulture, $"must be no more than {length} characters");

    /// <summary>
    /// The detail for a value that does not match <paramref name="pattern"/>, as apimachinery's
    /// <c>RegexError</c> builds it. With examples the text reads
    /// <c>msg (e.g. 'a',  or 'b', regex used for validation is '...')</c>; the two spaces before
    /// <c>or</c> are part of the upstream wording.
    /// </summary>
    /// <param name="message">What the value must look like.</param>
    /// <param name="pattern">The regular expression, shown to the user.</param>
    /// <param name="examples">Valid example values.</param>
    public static string Regex(string message, string pattern, params string[] examples)
    {
        ArgumentNullException.ThrowIfNull(examples);
        if (examples.Length == 0)
        {
            return message + " (regex used for validation is '" + pattern + "')";
        }

        var builder = new StringBuilder(message).Append(" (e.g. ");
        for (var i = 0; i < examples.Length; i++)
        {
            if (i > 0)
            {
                builder.Append(" or ");
            }

            builder.Append('\'').Append(examples[i]).Append("', ");
        }

        return builder.Append("regex used for validation is '").Append(pattern).Append("')").ToString();
    }
}
