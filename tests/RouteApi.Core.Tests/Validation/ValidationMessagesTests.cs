namespace RouteApi.Core.Validation.Tests;

public sealed class ValidationMessagesTests
{
    [Fact]
    public void Regex_WithTwoExamples_HasTwoSpacesBeforeOr()
    {
        var message = ValidationMessages.Regex("msg", "re", "a", "b");

        Assert.Equal("msg (e.g. 'a',  or 'b', regex used for validation is 're')", message);
    }

    [Fact]
    public void Regex_WithoutExamples_NamesOnlyTheRegex()
    {
        var message = ValidationMessages.Regex("msg", "re");

        Assert.Equal("msg (regex used for validation is 're')", message);
    }

    [Fact]
    public void MaxLength_Always_CountsCharacters()
    {
        Assert.Equal("must be no more than 63 characters", ValidationMessages.MaxLength(63));
    }
}
