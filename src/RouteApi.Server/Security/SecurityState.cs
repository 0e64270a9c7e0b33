namespace RouteApi.Server.Security;

/// <summary>The loaded tokens and policy, read once at start (a bad file stops the server with the reason).</summary>
internal sealed class SecurityState(TokenAuthenticator tokens, AuthorizationPolicy policy)
{
    public TokenAuthenticator Tokens { get; } = tokens;

    public AuthorizationPolicy Policy { get; } = policy;
}
