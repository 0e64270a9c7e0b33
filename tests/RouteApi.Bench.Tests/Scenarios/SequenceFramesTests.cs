using System.Text;
using RouteApi.Bench.Scenarios;

namespace RouteApi.Bench.Tests.Scenarios;

public sealed class SequenceFramesTests
{
    [Fact]
    public void Find_FrameWithAnnotation_ReturnsSequence()
    {
        var frame = Encoding.UTF8.GetBytes("""{"type":"MODIFIED","object":{"metadata":{"annotations":{"bench.routeapi.io/seq":"2917"}}}}""");

        Assert.Equal(2917, SequenceFrames.Find(frame));
    }

    [Fact]
    public void Find_FrameWithoutAnnotation_ReturnsMinusOne()
    {
        var frame = Encoding.UTF8.GetBytes("""{"type":"BOOKMARK","object":{"metadata":{"resourceVersion":"12"}}}""");

        Assert.Equal(-1, SequenceFrames.Find(frame));
    }

    [Fact]
    public void Find_ValueNotAWholeNumber_ReturnsMinusOne()
    {
        var frame = Encoding.UTF8.GetBytes("""{"bench.routeapi.io/seq":"12x"}""");

        Assert.Equal(-1, SequenceFrames.Find(frame));
    }
}
