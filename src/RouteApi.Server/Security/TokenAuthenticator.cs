using System.Security.Cryptography;
using System.Text;

namespace RouteApi.Server.Security;

/// <summary>
/// Bearer tokens from a kube-apiserver static token file. Tokens are kept only as SHA-256
/// digests: a lookup hashes the presented token and compares digests in constant time, so the
/// time taken says nothing about how much of a token was right.
/// </summary>
internal sealed class TokenAuthenticator
{
    private readonly Dictionary<string, (byte[] Digest, UserInfo User)> _users;

    public TokenAuthenticator(IEnumerable<(string Token, UserInfo User)> tokens)
    {
        // The last entry for a token wins, as in kube-apiserver.
        _users = new Dictionary<string, (byte[], UserInfo)>(StringComparer.Ordinal);
        foreach (var (token, user) in tokens)
        {
            var digest = Digest(token);
            _users[Convert.ToHexString(digest)] = (digest, user);
        }
    }

    public int Count => _users.Count;

    /// <summary>The user of <paramref name="token"/>, or null when no entry matches.</summary>
    public UserInfo? Authenticate(string token)
    {
        var digest = Digest(token);
        return _users.TryGetValue(Convert.ToHexString(digest), out var entry) && CryptographicOperations.FixedTimeEquals(entry.Digest, digest)
            ? entry.User
            : null;
    }

    private static byte[] Digest(string token) => SHA256.HashData(Encoding.UTF8.GetBytes(token));
}
