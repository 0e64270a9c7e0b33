using RouteApi.Server.Hosting;

namespace RouteApi.Server.Tests.Hosting;

public sealed class GoDurationTests
{
    [Theory]
    [InlineData("00:00:00", "0s")]
    [InlineData("00:00:00.250", "250ms")]
    [InlineData("00:00:10", "10s")]
    [InlineData("00:00:01.500", "1.5s")]
    [InlineData("00:01:30", "1m30s")]
    [InlineData("00:05:00", "5m0s")]
    [InlineData("01:00:00", "1h0m0s")]
    [InlineData("1.02:03:04", "26h3m4s")]
    public void Format_WritesWhatGoWrites(string duration, string expected)
    {
        var value = TimeSpan.Parse(duration, System.Globalization.CultureInfo.InvariantCulture);

        var text = GoDuration.Format(value);

        Assert.Equal(expected, text);
        Assert.True(GoDuration.TryParse(text, out var parsed));
        Assert.Equal(value, parsed);
    }
}
