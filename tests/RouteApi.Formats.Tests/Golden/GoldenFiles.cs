using System.Reflection;
using System.Text;

namespace RouteApi.Formats.Golden.Tests;

/// <summary>
/// Reads and checks the golden files under <c>testdata/</c> in the source tree. A mismatch fails
/// with a line diff; with <see cref="RegenerateVariable"/>=1 the files are rewritten instead.
/// </summary>
internal static class GoldenFiles
{
    public const string RegenerateVariable = "ROUTEAPI_REGENERATE_GOLDEN";

    public static string Root { get; } = typeof(GoldenFiles).Assembly
        .GetCustomAttributes<AssemblyMetadataAttribute>()
        .Single(a => a.Key == "GoldenDirectory").Value!;

    public static bool Regenerate => Environment.GetEnvironmentVariable(RegenerateVariable) == "1";

    public static byte[] Read(string caseName, string file)
    {
        var path = Path.Combine(Root, caseName, file);
        Assert.True(File.Exists(path), $"Missing golden file {path}; create it with {RegenerateVariable}=1.");
        return File.ReadAllBytes(path);
    }

    /// <summary>Asserts that <paramref name="actual"/> equals the golden file byte for byte.</summary>
    public static void AssertMatches(string caseName, string file, byte[] actual)
    {
        var path = Path.Combine(Root, caseName, file);
        if (Regenerate)
        {
            Directory.CreateDirectory(Path.GetDirectoryName(path)!);
            File.WriteAllBytes(path, actual);
            return;
        }

        var expected = Read(caseName, file);
        if (expected.AsSpan().SequenceEqual(actual))
        {
            return;
        }

        var binary = file.EndsWith(".pb", StringComparison.Ordinal);
        var diff = binary
            ? TextDiff.Lines(HexDump(expected), HexDump(actual))
            : TextDiff.Lines(Encoding.UTF8.GetString(expected), Encoding.UTF8.GetString(actual));
        Assert.Fail(
            $"{caseName}/{file} differs from the golden file at byte {FirstDifference(expected, actual)} " +
            $"({expected.Length} bytes expected, {actual.Length} written). Lines: - golden, + written. " +
            $"If the change is intended, rerun with {RegenerateVariable}=1 and review the files.\n{diff}");
    }

    private static int FirstDifference(byte[] expected, byte[] actual)
    {
        var common = expected.AsSpan().CommonPrefixLength(actual);
        return common;
    }

    // 16 bytes a line: offset, hex, and the printable ASCII, so strings stay readable.
    private static string HexDump(byte[] bytes)
    {
        var text = new StringBuilder();
        for (var offset = 0; offset < bytes.Length; offset += 16)
        {
            var line = bytes.AsSpan(offset, Math.Min(16, bytes.Length - offset));
            text.Append($"{offset:x6}  {Convert.ToHexString(line).ToLowerInvariant(),-32}  ");
            foreach (var b in line)
            {
                text.Append(b is >= 0x20 and < 0x7f ? (char)b : '.');
            }

            text.Append('\n');
        }

        return text.ToString();
    }
}
