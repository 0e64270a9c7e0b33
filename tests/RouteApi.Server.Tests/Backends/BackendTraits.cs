namespace RouteApi.Server.Tests.Backends;

/// <summary>
/// The trait that keeps a test out of test.sh's etcd pass (it still runs in the SQLite pass).
/// Every use says why the test does not hold on etcd.
/// </summary>
public static class BackendTraits
{
    public const string Name = "Backend";

    public const string SqliteOnly = "SqliteOnly";
}
