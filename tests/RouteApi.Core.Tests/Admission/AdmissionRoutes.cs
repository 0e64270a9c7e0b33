using RouteApi.Core.Model;
using RouteApi.Testing;

namespace RouteApi.Core.Admission.Tests;

/// <summary>Stored routes for the admission tests: an age in minutes after a fixed instant, and a uid.</summary>
internal static class AdmissionRoutes
{
    public static readonly DateTimeOffset Epoch = new(2026, 1, 1, 0, 0, 0, TimeSpan.Zero);

    public static RouteBuilder Stored(string ns, string name, string? host, int minute, string? uid = null) =>
        RouteBuilder.Valid(name, ns)
            .WithHost(host)
            .WithUid(uid ?? $"{minute:D4}-{ns}-{name}")
            .WithCreationTimestamp(Epoch.AddMinutes(minute));

    public static RouterSettings Router(NamespaceOwnership ownership = NamespaceOwnership.Strict, bool wildcards = false) =>
        new() { Name = "default", NamespaceOwnership = ownership, AllowWildcardRoutes = wildcards, Domain = "apps.example.com" };

    public static AdmissionDecision Decision(this IReadOnlyDictionary<ResourceKey, AdmissionDecision> decisions, string ns, string name) =>
        decisions[new ResourceKey(ns, name)];
}
