using RouteApi.Core.Model;
using RouteApi.Core.Validation.Tests;
using RouteApi.Testing;

namespace RouteApi.Core.Validation.MetadataRules.Tests;

public sealed class ManagedFieldsRuleTests
{
    private static readonly ManagedFieldsEntry Entry = new() { Manager = "kubectl", Operation = "Update", FieldsType = "FieldsV1" };

    [Theory]
    [InlineData("Apply", "FieldsV1")]
    [InlineData("Update", null)]
    public void Create_WithValidEntry_Passes(string operation, string? fieldsType)
    {
        var route = RouteBuilder.Valid().WithManagedField(Entry with { Operation = operation, FieldsType = fieldsType }).Build();

        var errors = RouteValidation.ValidateCreate(route);

        ErrorAssert.None(errors);
    }

    [Fact]
    public void Create_WithUnknownOperation_IsInvalid()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithManagedField(Entry with { Operation = "Patch" }).Build());

        ErrorAssert.Single(errors, "metadata.managedFields[0].operation: Invalid value: \"Patch\": must be `Apply` or `Update`", "FieldValueInvalid");
    }

    [Fact]
    public void Create_WithUnknownFieldsType_IsInvalid()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithManagedField(Entry with { FieldsType = "FieldsV2" }).Build());

        ErrorAssert.Single(errors, "metadata.managedFields[0].fieldsType: Invalid value: \"FieldsV2\": must be `FieldsV1`", "FieldValueInvalid");
    }

    [Fact]
    public void Create_WithManagerOver128Bytes_IsTooLong()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithManagedField(Entry with { Manager = new string('m', 129) }).Build());

        ErrorAssert.Single(errors, "metadata.managedFields[0].manager: Too long: may not be more than 128 bytes", "FieldValueTooLong");
    }

    [Fact]
    public void Create_WithUnprintableManager_IsInvalidAtByteOffset()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithManagedField(Entry with { Manager = "é\u0007" }).Build());

        ErrorAssert.Single(errors, "metadata.managedFields[0].manager: Invalid value: \"é\\a\": invalid character U+0007 (at position 2)", "FieldValueInvalid");
    }

    [Fact]
    public void Create_WithSubresourceOver256Bytes_IsTooLong()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithManagedField(Entry with { Subresource = new string('s', 257) }).Build());

        ErrorAssert.Single(errors, "metadata.managedFields[0].subresource: Too long: may not be more than 256 bytes", "FieldValueTooLong");
    }
}
