using System.Text.Json.Nodes;

namespace RouteApi.Server.Tests.Endpoints;

/// <summary>The PATCH content types, and patches of each type built from the same changes.</summary>
internal static class PatchBodies
{
    public const string Json = "application/json-patch+json";
    public const string Merge = "application/merge-patch+json";
    public const string StrategicMerge = "application/strategic-merge-patch+json";

    /// <summary>Every prefix with every patch type.</summary>
    public static TheoryData<string, string> PrefixesAndTypes
    {
        get
        {
            var data = new TheoryData<string, string>();
            foreach (var prefix in new[] { ApiPrefixes.Group, ApiPrefixes.Legacy })
            {
                foreach (var type in new[] { Json, Merge, StrategicMerge })
                {
                    data.Add(prefix, type);
                }
            }

            return data;
        }
    }

    /// <summary>
    /// A patch of <paramref name="type"/> that sets each JSON pointer to its value (JSON text):
    /// <c>add</c> operations for a JSON patch (the parent must exist), a nested object otherwise.
    /// </summary>
    public static string Set(string type, params (string Pointer, string Value)[] changes)
    {
        if (type == Json)
        {
            var operations = new JsonArray();
            foreach (var (pointer, value) in changes)
            {
                operations.Add(new JsonObject { ["op"] = "add", ["path"] = pointer, ["value"] = JsonNode.Parse(value) });
            }

            return operations.ToJsonString();
        }

        var patch = new JsonObject();
        foreach (var (pointer, value) in changes)
        {
            var segments = pointer.Split('/')[1..];
            var parent = patch;
            foreach (var segment in segments[..^1])
            {
                parent = (parent[segment] ??= new JsonObject()).AsObject();
            }

            parent[segments[^1]] = JsonNode.Parse(value);
        }

        return patch.ToJsonString();
    }
}
