using System.Globalization;
using System.Security.Cryptography;

namespace RouteApi.Bench.Hosting;

/// <summary>
/// The static token file every server of the run gets: one admin (system:masters) that prepares
/// data and drives the load, and watcher users, because the server allows each user a limited
/// number of open watches and a thousand watchers are many clients, not one.
/// </summary>
internal sealed class TokenFile
{
    private TokenFile(string path, string adminToken, IReadOnlyList<string> watcherTokens)
    {
        Path = path;
        AdminToken = adminToken;
        WatcherTokens = watcherTokens;
    }

    public string Path { get; }

    public string AdminToken { get; }

    /// <summary>One token per watcher user (bench-watcher-N, group system:masters).</summary>
    public IReadOnlyList<string> WatcherTokens { get; }

    /// <summary>Writes a token file with random tokens into <paramref name="directory"/>.</summary>
    public static TokenFile Write(string directory, int watcherUsers)
    {
        var admin = NewToken();
        var watchers = Enumerable.Range(0, watcherUsers).Select(_ => NewToken()).ToList();
        var lines = new List<string> { $"{admin},bench-admin,bench-admin-uid,\"system:masters\"" };
        lines.AddRange(watchers.Select((token, i) =>
            string.Create(CultureInfo.InvariantCulture, $"{token},bench-watcher-{i},bench-watcher-{i}-uid,\"system:masters\"")));
        var path = System.IO.Path.Combine(directory, "tokens.csv");
        File.WriteAllLines(path, lines);
        return new TokenFile(path, admin, watchers);
    }

    private static string NewToken() => Convert.ToHexString(RandomNumberGenerator.GetBytes(16)).ToLowerInvariant();
}
