namespace RouteApi.Server.Tests.Kubectl;

/// <summary>How one kubectl run ended.</summary>
public sealed record KubectlResult(int ExitCode, string Output, string Error)
{
    /// <summary>Fails the test with kubectl's output unless it exited 0.</summary>
    public KubectlResult AssertSuccess()
    {
        Assert.True(ExitCode == 0, $"kubectl exited {ExitCode}\nstdout:\n{Output}\nstderr:\n{Error}");
        return this;
    }
}
