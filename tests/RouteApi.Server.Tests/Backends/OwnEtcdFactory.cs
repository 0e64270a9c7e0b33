namespace RouteApi.Server.Tests.Backends;

/// <summary>
/// The default server, but in the etcd pass on an etcd member of its own: for tests that compact
/// the store or compare the store's current revision with a response, which another factory's
/// writes on a shared member would change under them.
/// </summary>
public sealed class OwnEtcdFactory : RouteApiFactory
{
    protected override bool NeedsOwnEtcd => true;
}
