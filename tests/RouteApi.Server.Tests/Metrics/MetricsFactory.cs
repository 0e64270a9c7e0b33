using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;

namespace RouteApi.Server.Tests.Metrics;

/// <summary>
/// The standard server plus the users the <c>/metrics</c> authorization tests need: <c>prometheus</c>
/// (group <c>system:monitoring</c>), <c>operator</c> (bound to cluster-admin in the policy file),
/// <c>viewer</c> (bound to view) and <c>ns-admin</c> (admin in one namespace only); and
/// <see cref="RequestEnds"/>, so a test can wait for a watch to end on the server.
/// </summary>
public sealed class MetricsFactory : RouteApiFactory
{
    public const string MonitoringToken = "monitoring-token-for-tests";
    public const string OperatorToken = "operator-token-for-tests";
    public const string ViewerToken = "viewer-token-for-tests";
    public const string NamespaceAdminToken = "ns-admin-token-for-tests";

    public RequestEnds RequestEnds { get; } = new();

    protected override IEnumerable<string> TokenLines() =>
    [
        .. base.TokenLines(),
        MonitoringToken + ",prometheus,prometheus-uid,\"system:monitoring\"",
        OperatorToken + ",operator,operator-uid",
        ViewerToken + ",viewer,viewer-uid",
        NamespaceAdminToken + ",ns-admin,ns-admin-uid",
    ];

    protected override string PolicyYaml() => base.PolicyYaml() + """

        - subjects: [{kind: User, name: operator}]
          role: cluster-admin
        - subjects: [{kind: User, name: viewer}]
          role: view
        - subjects: [{kind: User, name: ns-admin}]
          role: cluster-admin
          namespaces: [team-a]
        """;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<IStartupFilter>(RequestEnds));
    }
}
