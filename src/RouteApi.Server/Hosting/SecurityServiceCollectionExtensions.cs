using System.Net;
using Microsoft.Extensions.Options;
using RouteApi.Server.Security;

namespace RouteApi.Server.Hosting;

/// <summary>HTTPS, authentication, authorization and limits.</summary>
internal static class SecurityServiceCollectionExtensions
{
    /// <summary>
    /// Serves HTTPS on <c>--bind-address</c>:<c>--secure-port</c> unless <c>--urls</c> asks for other
    /// addresses, loads the token file (generating an admin token on first start) and the policy.
    /// </summary>
    public static WebApplicationBuilder AddRouteApiSecurity(this WebApplicationBuilder builder)
    {
        var services = builder.Services;
        services.AddOptions<SecurityOptions>().BindConfiguration(SecurityOptions.SectionName).ValidateDataAnnotations().ValidateOnStart();
        services.AddSingleton(LoadSecurityState);
        services.AddSingleton(provider => new WatchLimiter(provider.GetRequiredService<IOptions<SecurityOptions>>().Value.MaxWatchesPerUser));
        services.AddHostedService<CredentialsReporter>();

        var configuration = builder.Configuration;
        builder.WebHost.ConfigureKestrel(kestrel =>
        {
            // Well above RequestLimitsMiddleware's limits, so oversize requests get a Status body
            // from it; only what exceeds these Kestrel refuses itself, with a bare 414 or 431.
            kestrel.Limits.MaxRequestLineSize = 8 * RequestLimitsMiddleware.MaxUrlBytes;
            kestrel.Limits.MaxRequestHeadersTotalSize = 8 * RequestLimitsMiddleware.MaxHeaderBytes;

            // The header size limit is what counts; many small headers get the same 431 Status.
            kestrel.Limits.MaxRequestHeaderCount = 4096;
            if (string.IsNullOrEmpty(configuration[WebHostDefaults.ServerUrlsKey]))
            {
                var security = configuration.GetSection(SecurityOptions.SectionName).Get<SecurityOptions>() ?? new SecurityOptions();
                var dataDir = configuration[RouteApiOptions.SectionName + ":" + nameof(RouteApiOptions.DataDir)] ?? new RouteApiOptions().DataDir;
                var certificate = ServingCertificate.Load(security, dataDir, TimeProvider.System);
                kestrel.Listen(IPAddress.Parse(security.BindAddress), security.SecurePort, listen => listen.UseHttps(certificate));
            }
        });
        return builder;
    }

    private static SecurityState LoadSecurityState(IServiceProvider provider)
    {
        var security = provider.GetRequiredService<IOptions<SecurityOptions>>().Value;
        var dataDir = provider.GetRequiredService<IOptions<RouteApiOptions>>().Value.DataDir;
        var tokens = new TokenAuthenticator(TokenFile.Read(Credentials.TokenFilePath(security, dataDir)));
        var policy = string.IsNullOrEmpty(security.AuthorizationPolicyFile)
            ? AuthorizationPolicy.Empty
            : AuthorizationPolicy.Load(security.AuthorizationPolicyFile);
        return new SecurityState(tokens, policy);
    }
}
