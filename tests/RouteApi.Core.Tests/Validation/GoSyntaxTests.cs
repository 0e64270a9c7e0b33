namespace RouteApi.Core.Validation.Tests;

public sealed class GoSyntaxTests
{
    [Fact]
    public void StringSlice_TwoItems_UsesGoSyntax()
    {
        Assert.Equal("[]string{\"a\", \"b\"}", GoSyntax.StringSlice(["a", "b"]));
    }

    [Fact]
    public void Time_WholeSeconds_PrintsGoTimeString()
    {
        Assert.Equal("2024-05-01 12:34:56 +0000 UTC", GoSyntax.Time(new DateTimeOffset(2024, 5, 1, 14, 34, 56, TimeSpan.FromHours(2))));
    }

    [Fact]
    public void Time_WithFraction_TrimsTrailingZeros()
    {
        Assert.Equal("2024-05-01 12:34:56.5 +0000 UTC", GoSyntax.Time(new DateTimeOffset(2024, 5, 1, 12, 34, 56, 500, TimeSpan.Zero)));
    }

    [Fact]
    public void Time_Missing_PrintsGoZeroTime()
    {
        Assert.Equal("0001-01-01 00:00:00 +0000 UTC", GoSyntax.Time(null));
    }

    [Fact]
    public void BoolPointer_Nil_PrintsTypedNil()
    {
        Assert.Equal("(*bool)(nil)", GoSyntax.BoolPointer(null));
    }
}
