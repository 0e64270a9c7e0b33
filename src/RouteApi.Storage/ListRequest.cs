namespace RouteApi.Storage;

/// <summary>A range read over every key that starts with <paramref name="Prefix"/>.</summary>
/// <param name="Prefix">The key prefix; it should end with <c>/</c> so <c>/a</c> does not match <c>/ab</c>.</param>
/// <param name="Revision">Read at this revision; 0 reads the current revision.</param>
/// <param name="Limit">At most this many items; 0 for no limit.</param>
/// <param name="StartKey">The first key to return (inclusive); null starts at the prefix.</param>
public sealed record ListRequest(string Prefix, long Revision = 0, int Limit = 0, string? StartKey = null);
