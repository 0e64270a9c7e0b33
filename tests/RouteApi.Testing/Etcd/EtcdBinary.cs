namespace RouteApi.Testing.Etcd;

/// <summary>Finds the <c>etcd</c> binary the tests run (Debian's etcd-server package).</summary>
public static class EtcdBinary
{
    private static readonly Lazy<string?> Found = new(() =>
        (Environment.GetEnvironmentVariable("PATH") ?? string.Empty)
            .Split(System.IO.Path.PathSeparator, StringSplitOptions.RemoveEmptyEntries)
            .Select(directory => System.IO.Path.Combine(directory, "etcd"))
            .FirstOrDefault(File.Exists));

    /// <summary>The full path of <c>etcd</c>.</summary>
    /// <exception cref="InvalidOperationException">etcd is not installed: a test failure, never a skip.</exception>
    public static string Path => Found.Value ?? throw new InvalidOperationException(
        "The etcd binary is not on PATH, so the etcd store tests cannot run. Install Debian's etcd-server " +
        "(apt-get install -y etcd-server); ./test.sh does this when etcd is missing.");
}
