namespace RouteApi.Formats.Tests;

public sealed class WarningHeaderTests
{
    [Fact]
    public void TryFormat_StrictDecodingProblem_QuotesLikeKube()
    {
        var ok = WarningHeader.TryFormat("unknown field \"spec.foo\"", out var value);

        Assert.True(ok);
        Assert.Equal("299 - \"unknown field \\\"spec.foo\\\"\"", value);
    }

    [Fact]
    public void TryFormat_Backslash_IsEscaped()
    {
        WarningHeader.TryFormat("unknown field \"spec.a\\\"b\"", out var value);

        Assert.Equal("299 - \"unknown field \\\"spec.a\\\\\\\"b\\\"\"", value);
    }

    [Fact]
    public void TryFormat_NonAscii_IsKeptAsIs()
    {
        WarningHeader.TryFormat("champ inconnu « é » ✓", out var value);

        Assert.Equal("299 - \"champ inconnu « é » ✓\"", value);
    }

    [Theory]
    [InlineData("line\nbreak")]
    [InlineData("tab\there")]
    [InlineData("c1\u0085control")]
    public void TryFormat_ControlCharacterOrInvalidText_IsRejected(string text)
    {
        var ok = WarningHeader.TryFormat(text, out var value);

        Assert.False(ok);
        Assert.Null(value);
    }

    [Fact]
    public void TryFormat_LoneSurrogate_IsRejected()
    {
        var ok = WarningHeader.TryFormat("lone\ud800surrogate", out _);

        Assert.False(ok);
    }

    [Fact]
    public void TryFormat_CodeAndAgent_AreWritten()
    {
        WarningHeader.TryFormat(5, "kube-apiserver", "x", out var value);

        Assert.Equal("005 kube-apiserver \"x\"", value);
    }

    [Theory]
    [InlineData(1000, "agent")]
    [InlineData(-1, "agent")]
    [InlineData(299, "has space")]
    [InlineData(299, "quo\"te")]
    [InlineData(299, "back\\slash")]
    public void TryFormat_BadCodeOrAgent_IsRejected(int code, string agent)
    {
        var ok = WarningHeader.TryFormat(code, agent, "x", out _);

        Assert.False(ok);
    }

    [Fact]
    public void FormatAll_RepeatedAndEmptyTexts_AreWrittenOnce()
    {
        var headers = WarningHeader.FormatAll(["unknown field \"a\"", "", "duplicate field \"b\"", "unknown field \"a\""]);

        Assert.Equal(["299 - \"unknown field \\\"a\\\"\"", "299 - \"duplicate field \\\"b\\\"\""], headers);
    }

    [Fact]
    public void FormatAll_InvalidText_IsSkipped()
    {
        var headers = WarningHeader.FormatAll(["bad\ntext", "good"]);

        Assert.Equal(["299 - \"good\""], headers);
    }

    [Fact]
    public void FormatAll_WithinTotalLimit_KeepsLongTextsWhole()
    {
        var text = new string('a', 4000);

        var headers = WarningHeader.FormatAll([text, "b"]);

        Assert.Equal(["299 - \"" + text + "\"", "299 - \"b\""], headers);
    }

    [Fact]
    public void FormatAll_PassingTotalLimit_TruncatesEveryTextAndStopsAtLimit()
    {
        // 13 texts of 300 runes fit (3900); the 14th starts truncation, replaying 14 x 256 = 3584;
        // the 15th and 16th bring it to 4096; the rest are dropped.
        var texts = Enumerable.Range(0, 20).Select(i => i.ToString("D2", System.Globalization.CultureInfo.InvariantCulture) + new string('x', 298)).ToList();

        var headers = WarningHeader.FormatAll(texts);

        Assert.Equal(16, headers.Count);
        Assert.All(headers, h => Assert.Equal("299 - \"".Length + WarningHeader.TruncateItemRunes + 1, h.Length));
        Assert.StartsWith("299 - \"00xx", headers[0], StringComparison.Ordinal);
        Assert.StartsWith("299 - \"15xx", headers[^1], StringComparison.Ordinal);
    }

    [Fact]
    public void FormatAll_ShortTextsAfterTruncationStarts_AreNotCut()
    {
        var headers = WarningHeader.FormatAll([new string('a', 4000), new string('b', 200), "short"]);

        Assert.Equal(["299 - \"" + new string('a', 256) + "\"", "299 - \"" + new string('b', 200) + "\"", "299 - \"short\""], headers);
    }

    [Fact]
    public void FormatAll_Truncation_CountsRunesNotUtf16Units()
    {
        var emoji = string.Concat(Enumerable.Repeat("\U0001F600", 300));

        var headers = WarningHeader.FormatAll([new string('a', 4000), emoji]);

        Assert.Equal("299 - \"" + string.Concat(Enumerable.Repeat("\U0001F600", 256)) + "\"", headers[1]);
    }
}
