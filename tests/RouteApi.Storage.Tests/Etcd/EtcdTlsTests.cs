using System.Text;
using RouteApi.Testing.Etcd;

namespace RouteApi.Storage.Etcd.Tests;

/// <summary>The store on an etcd that serves clients over TLS and requires client certificates.</summary>
public sealed class EtcdTlsTests : IAsyncLifetime
{
    private readonly EtcdTestCertificates _certificates = new();
    private EtcdCluster? _etcd;

    private static CancellationToken Token => TestContext.Current.CancellationToken;

    public async ValueTask InitializeAsync() => _etcd = await EtcdCluster.StartAsync(1, _certificates, Token);

    public async ValueTask DisposeAsync()
    {
        if (_etcd is not null)
        {
            await _etcd.DisposeAsync();
        }

        _certificates.Dispose();
    }

    [Fact]
    public async Task Store_WithCaAndClientCertificate_ReadsAndWrites()
    {
        var options = Options(_certificates);
        await using var store = await EtcdStoreFactory.ConnectAsync(options, null, Token);

        var created = await store.CreateAsync("/registry/routes/ns/a", Encoding.UTF8.GetBytes("v"), Token);

        Assert.Equal(created.ModRevision, (await store.GetAsync("/registry/routes/ns/a", Token))!.ModRevision);
    }

    [Fact]
    public async Task Store_TrustingAnotherCa_IsUnavailable()
    {
        using var other = new EtcdTestCertificates();
        var options = Options(_certificates);
        options.CaFile = other.CaFile;
        await using var store = EtcdStoreFactory.Create(options, null);

        await Assert.ThrowsAsync<StoreUnavailableException>(async () => await store.GetAsync("/a", Token));
        Assert.False(await store.IsHealthyAsync(Token));
    }

    private EtcdStoreOptions Options(EtcdTestCertificates certificates)
    {
        var options = _etcd!.StoreOptions(TimeSpan.FromSeconds(2));
        options.CaFile = certificates.CaFile;
        options.CertFile = certificates.ClientCertFile;
        options.KeyFile = certificates.ClientKeyFile;
        return options;
    }
}
