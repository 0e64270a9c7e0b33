using RouteApi.Core.Validation.Tests;
using RouteApi.Testing;

namespace RouteApi.Core.Validation.SpecRules.Tests;

public sealed class HttpHeaderListValidatorTests
{
    private const string Response = "spec.httpHeaders.actions.response";
    private const string Request = "spec.httpHeaders.actions.request";

    private const string ResponseValueMessage = "Either header value provided is not in correct format or the converter specified is not allowed. The dynamic header value  may use HAProxy's %[] syntax and otherwise must be a valid HTTP header value as defined in https://datatracker.ietf.org/doc/html/rfc7230#section-3.2 Sample fetchers allowed are res.hdr, ssl_c_der. Converters allowed are lower, base64.";

    private const string RequestValueMessage = "Either header value provided is not in correct format or the converter specified is not allowed. The dynamic header value  may use HAProxy's %[] syntax and otherwise must be a valid HTTP header value as defined in https://datatracker.ietf.org/doc/html/rfc7230#section-3.2 Sample fetchers allowed are req.hdr, ssl_c_der. Converters allowed are lower, base64.";

    [Fact]
    public void Create_WithDuplicateName_IsDuplicate()
    {
        var route = RouteBuilder.Valid().WithResponseHeader(TestHeaders.Delete("X-A")).WithResponseHeader(TestHeaders.Delete("X-A")).Build();

        var errors = RouteValidation.ValidateCreate(route);

        ErrorAssert.Single(errors, $"{Response}[1].name: Duplicate value: \"X-A\"", "FieldValueDuplicate");
    }

    [Fact]
    public void Create_WithEmptyName_IsRequired()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithRequestHeader(TestHeaders.Delete("")).Build());

        ErrorAssert.Single(errors, $"{Request}[0].name: Required value", "FieldValueRequired");
    }

    [Fact]
    public void Create_WithNameOver255Bytes_IsInvalid()
    {
        var name = new string('x', 256);

        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithRequestHeader(TestHeaders.Delete(name)).Build());

        ErrorAssert.Single(errors, $"{Request}[0].name: Invalid value: \"{name}\": name exceeds the maximum length, which is 255", "FieldValueInvalid");
    }

    [Theory]
    [InlineData("Set-Cookie")]
    [InlineData("strict-transport-security")]
    [InlineData("PROXY")]
    [InlineData("cookie")]
    public void Create_WithProtectedName_IsForbidden(string name)
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithResponseHeader(TestHeaders.Delete(name)).Build());

        ErrorAssert.Single(
            errors,
            $"{Response}[0].name: Forbidden: the following headers may not be modified using this API: strict-transport-security, proxy, cookie, set-cookie",
            "FieldValueForbidden");
    }

    [Fact]
    public void Create_WithNonTokenName_IsInvalid()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithResponseHeader(TestHeaders.Delete("X Header")).Build());

        ErrorAssert.Single(
            errors, $"{Response}[0].name: Invalid value: \"X Header\": name must be a valid HTTP header name as defined in RFC 2616 section 4.2", "FieldValueInvalid");
    }

    [Fact]
    public void Create_WithUnknownActionType_IsInvalid()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithResponseHeader(TestHeaders.Action("X-A", "Replace", null)).Build());

        ErrorAssert.Single(errors, $"{Response}[0].action.type: Invalid value: \"Replace\": type must be \"Set\" or \"Delete\"", "FieldValueInvalid");
    }

    [Fact]
    public void Create_SetWithoutValue_IsRequired()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithResponseHeader(TestHeaders.Action("X-A", "Set", null)).Build());

        ErrorAssert.Single(errors, $"{Response}[0].action.set: Required value: set is required when type is Set, and forbidden otherwise", "FieldValueRequired");
    }

    [Fact]
    public void Create_DeleteWithValue_IsRequiredError()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithResponseHeader(TestHeaders.Action("X-A", "Delete", "v")).Build());

        ErrorAssert.Single(errors, $"{Response}[0].action.set: Required value: set is required when type is Set, and forbidden otherwise", "FieldValueRequired");
    }

    [Fact]
    public void Create_SetWithEmptyValue_IsRequired()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithResponseHeader(TestHeaders.Set("X-A", "")).Build());

        ErrorAssert.Single(errors, $"{Response}[0].action.set.value: Required value", "FieldValueRequired");
    }

    [Fact]
    public void Create_WithValueOver16384Bytes_IsInvalid()
    {
        var value = new string('v', 16385);

        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithResponseHeader(TestHeaders.Set("X-A", value)).Build());

        ErrorAssert.Single(errors, $"{Response}[0].action.set.value: Invalid value: \"{value}\": value exceeds the maximum length, which is 16384", "FieldValueInvalid");
    }

    [Theory]
    [InlineData("%[req.hdr(host)]")]
    [InlineData("100%")]
    [InlineData("%[res.hdr(host),upper]")]
    public void Create_WithBadResponseValue_IsInvalid(string value)
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithResponseHeader(TestHeaders.Set("X-A", value)).Build());

        ErrorAssert.Single(errors, $"{Response}[0].action.set.value: Invalid value: \"{value}\": {ResponseValueMessage}", "FieldValueInvalid");
    }

    [Fact]
    public void Create_WithControlCharacterInRequestValue_IsInvalid()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithRequestHeader(TestHeaders.Set("X-A", "a\nb")).Build());

        ErrorAssert.Single(errors, $"{Request}[0].action.set.value: Invalid value: \"a\\nb\": {RequestValueMessage}", "FieldValueInvalid");
    }

    [Fact]
    public void Create_WithTrailingNewlineInRequestValue_IsInvalid()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithRequestHeader(TestHeaders.Set("X-A", "ab\n")).Build());

        ErrorAssert.Single(errors, $"{Request}[0].action.set.value: Invalid value: \"ab\\n\": {RequestValueMessage}", "FieldValueInvalid");
    }
}
