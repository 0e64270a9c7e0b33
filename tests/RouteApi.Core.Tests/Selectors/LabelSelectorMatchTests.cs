namespace RouteApi.Core.Selectors.Tests;

public sealed class LabelSelectorMatchTests
{
    [Theory]
    [InlineData("app=web", "app:web", true)]
    [InlineData("app=web", "app:db", false)]
    [InlineData("app=web", "", false)]
    [InlineData("app==web", "app:web", true)]
    [InlineData("app==web", "app:db", false)]
    [InlineData("app==web", "", false)]
    [InlineData("app=", "app:", true)]
    [InlineData("app=", "", false)]
    public void Matches_Equality_RequiresPresentAndEqual(string selector, string labels, bool expected)
    {
        Assert.Equal(expected, LabelSelector.Parse(selector).Matches(Labels(labels)));
    }

    [Theory]
    [InlineData("app!=web", "app:web", false)]
    [InlineData("app!=web", "app:db", true)]
    [InlineData("app!=web", "", true)]
    [InlineData("app!=web", "other:web", true)]
    public void Matches_NotEquals_AlsoMatchesAbsentKey(string selector, string labels, bool expected)
    {
        Assert.Equal(expected, LabelSelector.Parse(selector).Matches(Labels(labels)));
    }

    [Theory]
    [InlineData("app in (web,db)", "app:web", true)]
    [InlineData("app in (web,db)", "app:db", true)]
    [InlineData("app in (web,db)", "app:api", false)]
    [InlineData("app in (web,db)", "", false)]
    [InlineData("app in (web,,db)", "app:", true)]
    [InlineData("app in ()", "app:", true)]
    [InlineData("app in ()", "app:web", false)]
    public void Matches_In_RequiresPresentAndListed(string selector, string labels, bool expected)
    {
        Assert.Equal(expected, LabelSelector.Parse(selector).Matches(Labels(labels)));
    }

    [Theory]
    [InlineData("app notin (web,db)", "app:web", false)]
    [InlineData("app notin (web,db)", "app:api", true)]
    [InlineData("app notin (web,db)", "", true)]
    public void Matches_NotIn_AlsoMatchesAbsentKey(string selector, string labels, bool expected)
    {
        Assert.Equal(expected, LabelSelector.Parse(selector).Matches(Labels(labels)));
    }

    [Theory]
    [InlineData("app", "app:", true)]
    [InlineData("app", "app:web", true)]
    [InlineData("app", "other:x", false)]
    [InlineData("!app", "app:web", false)]
    [InlineData("!app", "other:x", true)]
    [InlineData("!app", "", true)]
    public void Matches_ExistsAndDoesNotExist_TestKeyPresence(string selector, string labels, bool expected)
    {
        Assert.Equal(expected, LabelSelector.Parse(selector).Matches(Labels(labels)));
    }

    [Theory]
    [InlineData("n>5", "n:6", true)]
    [InlineData("n>5", "n:5", false)]
    [InlineData("n>5", "n:+7", true)]
    [InlineData("n>5", "n:abc", false)]
    [InlineData("n>5", "n:", false)]
    [InlineData("n>5", "n: 7", false)]
    [InlineData("n>5", "n:99999999999999999999", false)]
    [InlineData("n>5", "", false)]
    [InlineData("n<5", "n:4", true)]
    [InlineData("n<5", "n:-3", true)]
    [InlineData("n<5", "n:5", false)]
    [InlineData("n<5", "", false)]
    public void Matches_GreaterOrLessThan_ComparesPresentIntegers(string selector, string labels, bool expected)
    {
        Assert.Equal(expected, LabelSelector.Parse(selector).Matches(Labels(labels)));
    }

    [Theory]
    [InlineData("app=web,tier notin (db)", "app:web,tier:front", true)]
    [InlineData("app=web,tier notin (db)", "app:web", true)]
    [InlineData("app=web,tier notin (db)", "app:web,tier:db", false)]
    [InlineData("app=web,tier notin (db)", "tier:front", false)]
    public void Matches_SeveralRequirements_AreAnded(string selector, string labels, bool expected)
    {
        Assert.Equal(expected, LabelSelector.Parse(selector).Matches(Labels(labels)));
    }

    [Fact]
    public void Matches_NullLabels_TreatedAsEmpty()
    {
        var selector = LabelSelector.Parse("app!=web,!tier");

        Assert.True(selector.Matches(null));
    }

    private static Dictionary<string, string> Labels(string pairs) =>
        pairs.Length == 0
            ? []
            : pairs.Split(',').Select(p => p.Split(':', 2)).ToDictionary(p => p[0], p => p[1]);
}
