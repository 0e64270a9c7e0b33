using RouteApi.Core.Model;

namespace RouteApi.Core.Admission;

/// <summary>
/// openshift/router's <c>RouteLessThan</c>: the older route has the earlier
/// <c>creationTimestamp</c>; on equal timestamps (whole seconds) the smaller uid (ordinal) is older.
/// Name and namespace never break ties.
/// </summary>
public sealed class RouteAge : IComparer<Route>
{
    /// <summary>The one instance.</summary>
    public static RouteAge OldestFirst { get; } = new();

    private RouteAge()
    {
    }

    /// <summary>Negative when <paramref name="x"/> is older than <paramref name="y"/>.</summary>
    public int Compare(Route? x, Route? y)
    {
        if (ReferenceEquals(x, y))
        {
            return 0;
        }

        if (x is null || y is null)
        {
            return x is null ? -1 : 1;
        }

        // A missing timestamp is Go's zero time: older than any real one.
        var byTime = Nullable.Compare(x.Metadata.CreationTimestamp, y.Metadata.CreationTimestamp);
        return byTime != 0 ? byTime : string.CompareOrdinal(x.Metadata.Uid, y.Metadata.Uid);
    }
}
