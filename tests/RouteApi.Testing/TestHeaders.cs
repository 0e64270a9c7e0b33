using RouteApi.Core.Model;

namespace RouteApi.Testing;

/// <summary>Short-hands for route header actions in tests.</summary>
public static class TestHeaders
{
    /// <summary>A <c>Set</c> action for <paramref name="name"/>.</summary>
    public static RouteHttpHeader Set(string name, string value) => new()
    {
        Name = name,
        Action = new RouteHttpHeaderActionUnion { Type = "Set", Set = new RouteSetHttpHeader { Value = value } },
    };

    /// <summary>A <c>Delete</c> action for <paramref name="name"/>.</summary>
    public static RouteHttpHeader Delete(string name) => new()
    {
        Name = name,
        Action = new RouteHttpHeaderActionUnion { Type = "Delete" },
    };

    /// <summary>An action with any type and optional set value, for invalid combinations.</summary>
    public static RouteHttpHeader Action(string name, string type, string? setValue) => new()
    {
        Name = name,
        Action = new RouteHttpHeaderActionUnion
        {
            Type = type,
            Set = setValue is null ? null : new RouteSetHttpHeader { Value = setValue },
        },
    };
}
