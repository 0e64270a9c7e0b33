namespace RouteApi.Core.Validation;

/// <summary>
/// A bad value rendered verbatim in an error body, for values Go prints with <c>%#v</c>
/// (for example <c>0x0</c> or <c>[]string{"x"}</c>).
/// </summary>
/// <param name="Text">The exact text to print.</param>
public sealed record RawValue(string Text)
{
    /// <summary>The text to print.</summary>
    public override string ToString() => Text;
}
