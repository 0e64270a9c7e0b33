using System.Text;
using RouteApi.Bench.Scenarios;

namespace RouteApi.Bench.Tests.Scenarios;

public sealed class ListPageTests
{
    [Fact]
    public void Parse_PageWithContinue_ReturnsTokenAndItemCount()
    {
        var json = Encoding.UTF8.GetBytes(
            """{"kind":"RouteList","metadata":{"resourceVersion":"9","continue":"eyJ2IjoxfQ\u003D\u003D"},"items":[{"metadata":{"name":"a","uid":"1"}},{"metadata":{"name":"b","uid":"2"}}]}""");

        var page = ListPage.Parse(json);

        Assert.Equal(new ListPage("eyJ2IjoxfQ==", 2), page);
    }

    [Fact]
    public void Parse_LastPage_HasNoContinue()
    {
        var json = Encoding.UTF8.GetBytes("""{"kind":"RouteList","metadata":{"resourceVersion":"9"},"items":[{"metadata":{"uid":"1","annotations":{"continue":"x"}}}]}""");

        var page = ListPage.Parse(json);

        Assert.Equal(new ListPage(null, 1), page);
    }
}
