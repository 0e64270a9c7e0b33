namespace RouteApi.Core.Patching.Tests;

public sealed class PatchSchemaTests
{
    [Theory]
    [InlineData("metadata.finalizers", true, "")]
    [InlineData("metadata.ownerReferences", true, "uid")]
    [InlineData("spec.alternateBackends", false, null)]
    [InlineData("status.ingress", false, null)]
    [InlineData("finalizers", false, null)]
    public void Route_ListPath_HasUpstreamStrategy(string path, bool merges, string? mergeKey)
    {
        var found = PatchSchema.Route.TryGetMergeKey(path, out var key);

        Assert.Equal((merges, mergeKey), (found, found ? key : null));
    }

    [Fact]
    public void WithMergeList_ReturnsNewSchema_LeavingOriginalUnchanged()
    {
        var extended = PatchSchema.Empty.WithMergeList("spec.items", "name");

        Assert.True(extended.TryGetMergeKey("spec.items", out _));
        Assert.False(PatchSchema.Empty.TryGetMergeKey("spec.items", out _));
    }

    [Fact]
    public void WithMergeList_EmptyMergeKey_Throws() =>
        Assert.Throws<ArgumentException>(() => PatchSchema.Empty.WithMergeList("spec.items", ""));
}
