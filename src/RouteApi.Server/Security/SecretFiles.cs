namespace RouteApi.Server.Security;

/// <summary>Writes files that hold secrets (keys, tokens, kubeconfigs) readable by their owner only (mode 0600).</summary>
internal static class SecretFiles
{
    public static void Write(string path, string content)
    {
        var temporary = path + ".tmp";
        var options = new FileStreamOptions { Mode = FileMode.Create, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows())
        {
            options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        }

        // Written aside, then renamed: a crash mid-write never leaves a half file in place.
        File.Delete(temporary);
        using (var stream = new FileStream(temporary, options))
        using (var writer = new StreamWriter(stream))
        {
            writer.Write(content);
        }

        File.Move(temporary, path, overwrite: true);
    }
}
