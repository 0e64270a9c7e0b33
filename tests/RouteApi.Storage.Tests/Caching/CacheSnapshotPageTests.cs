using RouteApi.Storage.Caching;

namespace RouteApi.Storage.Tests.Caching;

public sealed class CacheSnapshotPageTests
{
    private static readonly string[] Keys =
    [
        "/r/a/1", "/r/a/2", "/r/a/3", "/r/b/1", "/r/b/2", "/r/c/1", "/r/c/2", "/r/c/3", "/r/c/4", "/s/x/1",
    ];

    [Theory]
    [InlineData("/r/", 1)]
    [InlineData("/r/", 2)]
    [InlineData("/r/", 4)]
    [InlineData("/r/c/", 3)]
    [InlineData("/r/", 100)]
    public void Pages_FollowedToTheEnd_ReturnEveryKeyOnceInOrder_WithTheRemainingCounts(string prefix, int limit)
    {
        var snapshot = CacheSnapshot<string>.Create(Keys.Select(k => new CachedObject<string>(k, k, 1)), 7);
        var expected = Keys.Where(k => k.StartsWith(prefix, StringComparison.Ordinal)).ToList();
        var seen = new List<string>();
        string? start = null;
        while (true)
        {
            var (page, remaining) = snapshot.Page(prefix, start, limit, _ => true);
            seen.AddRange(page.Select(o => o.Key));
            Assert.Equal(expected.Count - seen.Count, remaining);
            if (remaining == 0)
            {
                break;
            }

            start = page[^1].Key + "\0";
        }

        Assert.Equal(expected, seen);
    }

    [Fact]
    public void Page_WithAFilter_FillsFromLaterDirectoriesAndCountsEveryKeyAfterTheLastTaken()
    {
        var snapshot = CacheSnapshot<string>.Create(Keys.Select(k => new CachedObject<string>(k, k, 1)), 7);

        var (page, remaining) = snapshot.Page("/r/", "/r/a/2", 2, value => value.EndsWith('1'));

        Assert.Equal(["/r/b/1", "/r/c/1"], page.Select(o => o.Key));
        Assert.Equal(3, remaining);
    }

    [Fact]
    public void Page_AfterAWriteToAPagedDirectory_SeesTheNewVersion()
    {
        var before = CacheSnapshot<string>.Create(Keys.Select(k => new CachedObject<string>(k, k, 1)), 7);
        var (first, _) = before.Page("/r/", "/r/c/2", 2, _ => true);

        var after = before.With(new CachedObject<string>("/r/c/25", "new", 8), 8).Without("/r/c/3", 9);
        var (page, remaining) = after.Page("/r/", "/r/c/2", 2, _ => true);

        Assert.Equal(["/r/c/2", "/r/c/3"], first.Select(o => o.Key));
        Assert.Equal(["/r/c/2", "/r/c/25"], page.Select(o => o.Key));
        Assert.Equal("new", page[1].Value);
        Assert.Equal(1, remaining);
        Assert.Equal(["/r/c/2", "/r/c/3"], before.Page("/r/", "/r/c/2", 2, _ => true).Page.Select(o => o.Key));
    }

    [Theory]
    [InlineData("/r/b/0", "/r/b/1")]
    [InlineData("/r/b/15", "/r/b/2")]
    [InlineData("/r/b/3", "/r/c/1")]
    public void Page_StartBetweenKeys_BeginsAtTheNextKey(string start, string firstKey)
    {
        var snapshot = CacheSnapshot<string>.Create(Keys.Select(k => new CachedObject<string>(k, k, 1)), 7);

        var (page, _) = snapshot.Page("/r/", start, 1, _ => true);

        Assert.Equal(firstKey, Assert.Single(page).Key);
    }

    [Fact]
    public void Page_PrefixInsideADirectory_TakesAndCountsOnlyItsKeys()
    {
        string[] keys = ["/r/a/x1", "/r/a/x2", "/r/a/x3", "/r/a/y1"];
        var snapshot = CacheSnapshot<string>.Create(keys.Select(k => new CachedObject<string>(k, k, 1)), 3);

        var (page, remaining) = snapshot.Page("/r/a/x", null, 2, _ => true);

        Assert.Equal(["/r/a/x1", "/r/a/x2"], page.Select(o => o.Key));
        Assert.Equal(1, remaining);
    }

    [Fact]
    public void Page_NestedDirectories_KeepsTheKeyOrder()
    {
        string[] nested = ["/r/a/1", "/r/a/b/1", "/r/a/c", "/r/b/1"];
        var snapshot = CacheSnapshot<string>.Create(nested.Select(k => new CachedObject<string>(k, k, 1)), 3);

        var (page, remaining) = snapshot.Page("/r/", null, 3, _ => true);

        Assert.Equal(nested.Order(StringComparer.Ordinal).Take(3), page.Select(o => o.Key));
        Assert.Equal(1, remaining);
    }
}
