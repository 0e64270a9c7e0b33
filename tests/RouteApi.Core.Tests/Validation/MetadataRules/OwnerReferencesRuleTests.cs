using RouteApi.Core.Model;
using RouteApi.Core.Validation.Tests;
using RouteApi.Testing;

namespace RouteApi.Core.Validation.MetadataRules.Tests;

public sealed class OwnerReferencesRuleTests
{
    private static readonly OwnerReference Owner = new() { ApiVersion = "apps/v1", Kind = "Deployment", Name = "web", Uid = "u-1", Controller = true };

    [Fact]
    public void Create_WithCompleteOwnerReference_Passes()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithOwnerReference(Owner).Build());

        ErrorAssert.None(errors);
    }

    [Fact]
    public void Create_WithEmptyOwnerReference_ReportsEachMissingField()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithOwnerReference(new OwnerReference()).Build());

        ErrorAssert.Texts(
            errors,
            "metadata.ownerReferences.apiVersion: Invalid value: \"\": version must not be empty",
            "metadata.ownerReferences.kind: Invalid value: \"\": kind must not be empty",
            "metadata.ownerReferences.name: Invalid value: \"\": name must not be empty",
            "metadata.ownerReferences.uid: Invalid value: \"\": uid must not be empty");
        Assert.All(errors, error => Assert.Equal("FieldValueInvalid", error.CauseType));
    }

    [Fact]
    public void Create_WithGroupButNoVersion_ReportsVersion()
    {
        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithOwnerReference(Owner with { ApiVersion = "apps/" }).Build());

        ErrorAssert.Single(errors, "metadata.ownerReferences.apiVersion: Invalid value: \"apps/\": version must not be empty", "FieldValueInvalid");
    }

    [Fact]
    public void Create_WithEventOwner_IsDisallowed()
    {
        var owner = new OwnerReference { ApiVersion = "v1", Kind = "Event", Name = "e", Uid = "u" };

        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithOwnerReference(owner).Build());

        ErrorAssert.Single(
            errors,
            "metadata.ownerReferences: Invalid value: v1.OwnerReference{APIVersion:\"v1\", Kind:\"Event\", Name:\"e\", UID:\"u\", Controller:(*bool)(nil), BlockOwnerDeletion:(*bool)(nil)}: /v1, Kind=Event is disallowed from being an owner",
            "FieldValueInvalid");
    }

    [Fact]
    public void Create_WithTwoControllers_IsInvalid()
    {
        var second = Owner with { Kind = "ReplicaSet", Name = "rs", Controller = true, BlockOwnerDeletion = false };

        var errors = RouteValidation.ValidateCreate(RouteBuilder.Valid().WithOwnerReference(Owner).WithOwnerReference(second).Build());

        ErrorAssert.Single(
            errors,
            "metadata.ownerReferences: Invalid value: []v1.OwnerReference{v1.OwnerReference{APIVersion:\"apps/v1\", Kind:\"Deployment\", Name:\"web\", UID:\"u-1\", Controller:(*bool)(true), BlockOwnerDeletion:(*bool)(nil)}, v1.OwnerReference{APIVersion:\"apps/v1\", Kind:\"ReplicaSet\", Name:\"rs\", UID:\"u-1\", Controller:(*bool)(true), BlockOwnerDeletion:(*bool)(false)}}: Only one reference can have Controller set to true. Found \"true\" in references for Deployment/web and ReplicaSet/rs",
            "FieldValueInvalid");
    }
}
