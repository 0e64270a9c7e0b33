using RouteApi.Core.Validation.Tests;
using RouteApi.Testing;

namespace RouteApi.Core.Validation.MetadataRules.Tests;

public sealed class ImmutableMetadataRuleTests
{
    [Fact]
    public void StatusUpdate_WithUnchangedIdentity_Passes()
    {
        var old = StoredRoutes.BeingDeleted("example.com/a");

        var errors = RouteValidation.ValidateStatusUpdate(RouteBuilder.From(old).WithLabel("app", "web").Build(), old);

        ErrorAssert.None(errors);
    }

    [Fact]
    public void StatusUpdate_WithNewName_IsImmutable()
    {
        var old = StoredRoutes.Plain();

        var errors = RouteValidation.ValidateStatusUpdate(RouteBuilder.From(old).WithName("other").Build(), old);

        ErrorAssert.Single(errors, "metadata.name: Invalid value: \"other\": field is immutable", "FieldValueInvalid");
    }

    [Fact]
    public void StatusUpdate_WithNewNamespace_IsImmutable()
    {
        var old = StoredRoutes.Plain();

        var errors = RouteValidation.ValidateStatusUpdate(RouteBuilder.From(old).WithNamespace("other").Build(), old);

        ErrorAssert.Single(errors, "metadata.namespace: Invalid value: \"other\": field is immutable", "FieldValueInvalid");
    }

    [Fact]
    public void StatusUpdate_WithNewUid_IsImmutable()
    {
        var old = StoredRoutes.Plain();

        var errors = RouteValidation.ValidateStatusUpdate(RouteBuilder.From(old).WithUid("u-2").Build(), old);

        ErrorAssert.Single(errors, "metadata.uid: Invalid value: \"u-2\": field is immutable", "FieldValueInvalid");
    }

    [Fact]
    public void StatusUpdate_WithNewCreationTimestamp_IsImmutable()
    {
        var old = StoredRoutes.Plain();
        var route = RouteBuilder.From(old).WithCreationTimestamp(new DateTimeOffset(2025, 1, 2, 3, 4, 5, TimeSpan.Zero)).Build();

        var errors = RouteValidation.ValidateStatusUpdate(route, old);

        ErrorAssert.Single(errors, "metadata.creationTimestamp: Invalid value: 2025-01-02 03:04:05 +0000 UTC: field is immutable", "FieldValueInvalid");
    }

    [Fact]
    public void StatusUpdate_WithSameCreationInstantInOtherOffset_Passes()
    {
        var old = StoredRoutes.Plain();
        var route = RouteBuilder.From(old).WithCreationTimestamp(RouteBuilder.StoredCreationTimestamp.ToOffset(TimeSpan.FromHours(3))).Build();

        var errors = RouteValidation.ValidateStatusUpdate(route, old);

        ErrorAssert.None(errors);
    }

    [Fact]
    public void StatusUpdate_ClearingDeletionTimestamp_IsImmutable()
    {
        var old = StoredRoutes.BeingDeleted("example.com/a");

        var errors = RouteValidation.ValidateStatusUpdate(RouteBuilder.From(old).WithDeletionTimestamp(null).Build(), old);

        ErrorAssert.Single(errors, "metadata.deletionTimestamp: Invalid value: \"null\": field is immutable", "FieldValueInvalid");
    }

    [Fact]
    public void StatusUpdate_SettingDeletionTimestamp_IsImmutable()
    {
        var old = StoredRoutes.Plain();
        var route = RouteBuilder.From(old).WithDeletionTimestamp(StoredRoutes.DeletionTime).Build();

        var errors = RouteValidation.ValidateStatusUpdate(route, old);

        ErrorAssert.Single(errors, "metadata.deletionTimestamp: Invalid value: 2024-06-01 08:00:00 +0000 UTC: field is immutable", "FieldValueInvalid");
    }

    [Fact]
    public void StatusUpdate_WithNewDeletionGracePeriod_IsImmutable()
    {
        var old = StoredRoutes.BeingDeleted("example.com/a");

        var errors = RouteValidation.ValidateStatusUpdate(RouteBuilder.From(old).WithDeletionGracePeriodSeconds(30).Build(), old);

        ErrorAssert.Single(errors, "metadata.deletionGracePeriodSeconds: Invalid value: 30: field is immutable", "FieldValueInvalid");
    }
}
