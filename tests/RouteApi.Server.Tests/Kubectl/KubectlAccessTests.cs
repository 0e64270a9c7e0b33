namespace RouteApi.Server.Tests.Kubectl;

/// <summary>
/// The real <c>kubectl auth can-i</c>, answered by the server's SelfSubjectAccessReview from the
/// policy file: <c>yes</c> with exit code 0, or <c>no</c> with exit code 1. kubectl sends the
/// review in protobuf.
/// </summary>
public sealed class KubectlAccessTests(KubectlPolicyFixture fixture) : IClassFixture<KubectlPolicyFixture>
{
    [Theory]
    [InlineData("list", KubectlPolicyFixture.ViewerNamespace, 0, "yes")]
    [InlineData("watch", KubectlPolicyFixture.ViewerNamespace, 0, "yes")]
    [InlineData("create", KubectlPolicyFixture.ViewerNamespace, 1, "no")]
    [InlineData("list", "team-b", 1, "no")]
    public async Task AuthCanI_AsViewer_AnswersFromPolicy(string verb, string ns, int exitCode, string answer)
    {
        var result = await fixture.Viewer.RunAsync("auth", "can-i", verb, "routes.route.openshift.io", "-n", ns);

        Assert.True(exitCode == result.ExitCode, $"kubectl exited {result.ExitCode}\n{result.Output}\n{result.Error}");
        // A "no" carries the server's reason after the answer: "no - <reason>".
        Assert.Equal(answer, result.Output.Split([' ', '\n'])[0]);
    }
}
