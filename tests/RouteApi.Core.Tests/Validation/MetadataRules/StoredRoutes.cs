using RouteApi.Core.Model;
using RouteApi.Testing;

namespace RouteApi.Core.Validation.MetadataRules.Tests;

internal static class StoredRoutes
{
    public static readonly DateTimeOffset DeletionTime = new(2024, 6, 1, 8, 0, 0, TimeSpan.Zero);

    public static Route Plain() => RouteBuilder.Valid().WithHost("www.example.com").AsStored().Build();

    public static Route BeingDeleted(params string[] finalizers) =>
        RouteBuilder.From(Plain()).WithFinalizers(finalizers).WithDeletionTimestamp(DeletionTime).WithDeletionGracePeriodSeconds(0).Build();
}
