using System.Diagnostics;

namespace RouteApi.Formats.Protobuf.Tests;

/// <summary>
/// Runs <c>protoc --decode_raw</c> (Debian's <c>protobuf-compiler</c>), an independent decoder that
/// knows no schema: it prints every field by number, in wire order. A missing protoc fails the test.
/// </summary>
internal static class Protoc
{
    public static ProtoTree DecodeRaw(ReadOnlySpan<byte> message)
    {
        var protoc = Find() ?? throw new Xunit.Sdk.XunitException(
            "protoc is not on PATH. The protobuf checks need Debian's protobuf-compiler: run ./test.sh, which installs it, " +
            "or apt-get install -y protobuf-compiler.");
        var start = new ProcessStartInfo(protoc, "--decode_raw")
        {
            RedirectStandardInput = true,
            RedirectStandardOutput = true,
            RedirectStandardError = true,
            UseShellExecute = false,
        };
        using var process = Process.Start(start)!;
        var output = process.StandardOutput.ReadToEndAsync(TestContext.Current.CancellationToken);
        var errors = process.StandardError.ReadToEndAsync(TestContext.Current.CancellationToken);
        process.StandardInput.BaseStream.Write(message);
        process.StandardInput.Close();
        process.WaitForExit();
        Assert.True(process.ExitCode == 0, $"protoc --decode_raw failed ({process.ExitCode}): {errors.Result}");
        return ProtoTree.Parse(output.Result);
    }

    private static string? Find() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(dir => Path.Combine(dir, "protoc"))
            .FirstOrDefault(File.Exists);
}
