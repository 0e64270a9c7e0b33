namespace RouteApi.Server.Tests.Endpoints;

/// <summary>Reading RouteList responses.</summary>
internal static class ApiResponseExtensions
{
    /// <summary>The <c>metadata.name</c> of every item of a list response, in order.</summary>
    public static List<string> ItemNames(this ApiResponse response) =>
        [.. response.Json["items"]!.AsArray().Select(i => (string)i!["metadata"]!["name"]!)];
}
