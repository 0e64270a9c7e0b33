using System.ComponentModel.DataAnnotations;
using Microsoft.Extensions.Configuration;

namespace RouteApi.Storage.Etcd.Tests;

public sealed class EtcdStoreOptionsTests
{
    [Fact]
    public void Bind_FromConfigurationSection_ReadsEveryOption()
    {
        var configuration = new ConfigurationBuilder().AddInMemoryCollection(new Dictionary<string, string?>
        {
            ["Etcd:Endpoints:0"] = "https://10.0.0.1:2379",
            ["Etcd:Endpoints:1"] = "https://10.0.0.2:2379",
            ["Etcd:Prefix"] = "/tenant-a",
            ["Etcd:CaFile"] = "/etc/etcd/ca.pem",
            ["Etcd:CertFile"] = "/etc/etcd/client.pem",
            ["Etcd:KeyFile"] = "/etc/etcd/client-key.pem",
            ["Etcd:RequestTimeout"] = "00:00:03",
            ["Etcd:DialTimeout"] = "00:00:02",
            ["Etcd:HealthTimeout"] = "00:00:01",
            ["Etcd:StartupTimeout"] = "00:01:00",
        }).Build();
        var options = new EtcdStoreOptions();

        configuration.GetSection(EtcdStoreOptions.SectionName).Bind(options);

        Assert.Equal(["https://10.0.0.1:2379", "https://10.0.0.2:2379"], options.Endpoints);
        Assert.Equal("/tenant-a", options.Prefix);
        Assert.Equal(("/etc/etcd/ca.pem", "/etc/etcd/client.pem", "/etc/etcd/client-key.pem"), (options.CaFile, options.CertFile, options.KeyFile));
        Assert.Equal(TimeSpan.FromSeconds(3), options.RequestTimeout);
        Assert.Equal(TimeSpan.FromSeconds(2), options.DialTimeout);
        Assert.Equal(TimeSpan.FromSeconds(1), options.HealthTimeout);
        Assert.Equal(TimeSpan.FromMinutes(1), options.StartupTimeout);
    }

    [Fact]
    public void Defaults_NoConfiguration_AreTenSecondRequestsAndNoNamespace()
    {
        var options = new EtcdStoreOptions();

        Assert.Empty(options.Endpoints);
        Assert.Equal(string.Empty, options.Prefix);
        Assert.Equal(TimeSpan.FromSeconds(10), options.RequestTimeout);
        Assert.Null(options.CaFile);
    }

    [Fact]
    public void EndpointUris_CommaSeparatedAndBareHosts_AreSplitWithSchemeAndDefaultPort()
    {
        var options = Options("127.0.0.1:2381, http://127.0.0.1:2382", "etcd-0.etcd", "http://[::1]:2383");

        var uris = options.EndpointUris();

        Assert.Equal(
            ["http://127.0.0.1:2381/", "http://127.0.0.1:2382/", "http://etcd-0.etcd:2379/", "http://[::1]:2383/"],
            uris.Select(u => u.ToString()));
    }

    [Fact]
    public void EndpointUris_BareHostWithClientCertificate_UsesHttps()
    {
        var options = Options("127.0.0.1:2379");
        options.CertFile = "client.pem";
        options.KeyFile = "client-key.pem";

        var uri = Assert.Single(options.EndpointUris());

        Assert.Equal("https", uri.Scheme);
        Assert.True(options.UsesTls());
    }

    [Fact]
    public void Validate_ValidOptions_Passes()
    {
        var options = Options("http://127.0.0.1:2379");

        Assert.Empty(Validate(options));
    }

    [Fact]
    public void Validate_NoEndpoints_Fails()
    {
        var errors = Validate(new EtcdStoreOptions());

        Assert.Contains(errors, e => e.MemberNames.Contains(nameof(EtcdStoreOptions.Endpoints)));
    }

    [Fact]
    public void Validate_MixedSchemes_Fails()
    {
        var errors = Validate(Options("http://127.0.0.1:2379", "https://127.0.0.1:2380"));

        Assert.Contains(errors, e => e.ErrorMessage!.Contains("mix", StringComparison.Ordinal));
    }

    [Fact]
    public void Validate_CertFileWithoutKeyFile_Fails()
    {
        var options = Options("https://127.0.0.1:2379");
        options.CertFile = typeof(EtcdStoreOptionsTests).Assembly.Location;

        var errors = Validate(options);

        Assert.Contains(errors, e => e.MemberNames.Contains(nameof(EtcdStoreOptions.KeyFile)));
    }

    [Fact]
    public void Validate_MissingCaFile_Fails()
    {
        var options = Options("https://127.0.0.1:2379");
        options.CaFile = "/nonexistent/ca.pem";

        var errors = Validate(options);

        Assert.Contains(errors, e => e.MemberNames.Contains(nameof(EtcdStoreOptions.CaFile)));
    }

    [Fact]
    public void Validate_RequestTimeoutOutOfRange_Fails()
    {
        var options = Options("http://127.0.0.1:2379");
        options.RequestTimeout = TimeSpan.Zero;

        var errors = Validate(options);

        Assert.Contains(errors, e => e.MemberNames.Contains(nameof(EtcdStoreOptions.RequestTimeout)));
    }

    [Fact]
    public void Create_InvalidOptions_ThrowsValidationException()
    {
        Assert.Throws<ValidationException>(() => EtcdStoreFactory.Create(new EtcdStoreOptions(), null));
    }

    private static EtcdStoreOptions Options(params string[] endpoints)
    {
        var options = new EtcdStoreOptions();
        foreach (var endpoint in endpoints)
        {
            options.Endpoints.Add(endpoint);
        }

        return options;
    }

    private static List<ValidationResult> Validate(EtcdStoreOptions options)
    {
        var errors = new List<ValidationResult>();
        Validator.TryValidateObject(options, new ValidationContext(options), errors, validateAllProperties: true);
        return errors;
    }
}
