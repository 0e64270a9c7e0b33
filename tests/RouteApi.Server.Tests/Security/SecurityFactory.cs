using Microsoft.AspNetCore.Hosting;
using Microsoft.AspNetCore.TestHost;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Logging;

namespace RouteApi.Server.Tests.Security;

/// <summary>
/// The server with one user per role, each bound only in <see cref="Own"/>, plus a viewer bound
/// cluster-wide, a user bound through a group, and a user with no binding; every log line is kept
/// in <see cref="Logs"/>.
/// </summary>
public class SecurityFactory : RouteApiFactory
{
    /// <summary>The namespace every namespaced binding names.</summary>
    public const string Own = "team-a";

    /// <summary>A namespace no namespaced binding names.</summary>
    public const string Other = "team-b";

    public LogCapture Logs { get; } = new();

    /// <summary>The subjects of the role matrix: name → (token, user name).</summary>
    public static readonly IReadOnlyDictionary<string, (string Token, string User)> Subjects = new Dictionary<string, (string, string)>(StringComparer.Ordinal)
    {
        ["view"] = ("view-token", "vera"),
        ["edit"] = ("edit-token", "eddie"),
        ["admin"] = ("admin-token", "ada"),
        ["cluster-admin"] = ("cluster-admin-token", "carl"),
        ["system:masters"] = (AdminToken, "admin"),
        ["no binding"] = ("nobody-token", "nobody"),
        ["view cluster-wide"] = ("cluster-viewer-token", "cleo"),
        ["edit via group"] = ("group-member-token", "gus"),
        ["edit cluster-wide"] = (EditorToken, "editor"),
    };

    public static string TokenOf(string subject) => Subjects[subject].Token;

    public static string UserOf(string subject) => Subjects[subject].User;

    protected override IEnumerable<string> TokenLines() =>
    [
        .. base.TokenLines(),
        "view-token,vera,vera-uid",
        "edit-token,eddie,eddie-uid",
        "admin-token,ada,ada-uid",
        "cluster-admin-token,carl,carl-uid",
        "nobody-token,nobody,nobody-uid,\"somegroup\"",
        "cluster-viewer-token,cleo,cleo-uid",
        "group-member-token,gus,gus-uid,\"team-a-devs,other\"",
    ];

    protected override string PolicyYaml() => $$"""
        {{base.PolicyYaml()}}
        - subjects: [{kind: User, name: vera}]
          role: view
          namespaces: [{{Own}}]
        - subjects: [{kind: User, name: eddie}]
          role: edit
          namespaces: [{{Own}}]
        - subjects: [{kind: User, name: ada}]
          role: admin
          namespaces: [{{Own}}]
        - subjects: [{kind: User, name: carl}]
          role: cluster-admin
          namespaces: [{{Own}}]
        - subjects: [{kind: User, name: cleo}]
          role: view
        - subjects: [{kind: Group, name: team-a-devs}]
          role: edit
          namespaces: [{{Own}}]
        """;

    protected override void ConfigureWebHost(IWebHostBuilder builder)
    {
        base.ConfigureWebHost(builder);
        builder.ConfigureTestServices(services => services.AddSingleton<ILoggerProvider>(Logs));
    }
}
