using System.Security.Cryptography;

namespace RouteApi.Server.Registry;

/// <summary>
/// Kubernetes' <c>SimpleNameGenerator</c>: <c>generateName</c> (cut to 58 characters) plus five
/// random characters from an alphabet without vowels, so generated names never spell words.
/// </summary>
internal static class NameGenerator
{
    public const int MaxAttempts = 8;

    private const int RandomLength = 5;
    private const int MaxPrefixLength = 63 - RandomLength;
    private const string Alphabet = "bcdfghjklmnpqrstvwxz2456789";

    public static string Generate(string prefix)
    {
        var head = prefix.Length > MaxPrefixLength ? prefix[..MaxPrefixLength] : prefix;
        return head + new string(RandomNumberGenerator.GetItems<char>(Alphabet, RandomLength));
    }
}
