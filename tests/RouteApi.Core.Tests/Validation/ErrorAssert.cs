namespace RouteApi.Core.Validation.Tests;

internal static class ErrorAssert
{
    public static void Single(IReadOnlyList<FieldError> errors, string expected, string causeType)
    {
        Assert.Equal([expected], errors.Select(error => error.ToString()));
        Assert.Equal(causeType, errors[0].CauseType);
    }

    public static void Texts(IReadOnlyList<FieldError> errors, params string[] expected) =>
        Assert.Equal(expected, errors.Select(error => error.ToString()));

    public static void None(IReadOnlyList<FieldError> errors) =>
        Assert.Equal([], errors.Select(error => error.ToString()));
}
