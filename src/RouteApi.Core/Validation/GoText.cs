using System.Text;

namespace RouteApi.Core.Validation;

/// <summary>String measures as Go computes them: Go's <c>len</c> counts UTF-8 bytes, not characters.</summary>
internal static class GoText
{
    /// <summary>The length of <paramref name="value"/> in UTF-8 bytes; 0 for null.</summary>
    public static int Length(string? value) => value is null ? 0 : Encoding.UTF8.GetByteCount(value);
}
